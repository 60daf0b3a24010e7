package org.policykg.extract;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.rdf.model.Model;
import org.policykg.vocab.PKG;

/**
 * Every word list the rules read: the SKOS schemes of {@code ontology/} (concepts, roles, actors,
 * formulations, cited documents) and the directive verbs of the register.
 */
record Lexicons(
        Lexicon concepts,
        Lexicon roles,
        Lexicon actors,
        Lexicon formulations,
        Lexicon documents,
        Set<String> verbs,
        Map<String, String> lemmas,
        Lexicon.Union all,
        Set<String> compounds) {
    /** Words whose lemma is remembered; past this the cache stops growing (a server meets any vocabulary). */
    private static final int MAX_LEMMAS = 50_000;
    /** Stands for "no directive verb" in {@link #lemmas}, which cannot hold null. */
    private static final String NO_LEMMA = "";

    static Lexicons of(Model vocabulary) {
        Lexicon concepts = Lexicon.of(vocabulary, PKG.SecurityConceptScheme);
        Lexicon roles = Lexicon.of(vocabulary, PKG.RoleScheme);
        Lexicon actors = Lexicon.of(vocabulary, PKG.ActorScheme);
        Lexicon formulations = Lexicon.of(vocabulary, PKG.FormulationScheme);
        Lexicon documents = Lexicon.of(vocabulary, PKG.DocumentScheme);
        return new Lexicons(
                concepts,
                roles,
                actors,
                formulations,
                documents,
                directiveVerbs(),
                new ConcurrentHashMap<>(),
                new Lexicon.Union(java.util.List.of(concepts, roles, actors, formulations, documents)),
                compounds(java.util.List.of(concepts, roles, actors, formulations, documents)));
    }

    /**
     * "science and technology", "reform and opening up": the "X and Y" the schemes' labels hold, which
     * name one thing and are not split as a coordination.
     */
    private static Set<String> compounds(java.util.List<Lexicon> lexicons) {
        Set<String> out = new HashSet<>();
        for (Lexicon lexicon : lexicons) {
            for (String label : lexicon.labels()) {
                String[] words = label.split(" ");
                for (int i = 1; i + 1 < words.length; i++) {
                    if (words[i].equals("and")) {
                        out.add(words[i - 1] + " and " + words[i + 1]);
                    }
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Whether "left and right" is a compound of the schemes' labels. */
    boolean compound(String left, String right) {
        return compounds.contains(lastWordOf(left) + " and " + firstWordOf(right));
    }

    private static String lastWordOf(String s) {
        String t = s.strip();
        return t.substring(t.lastIndexOf(' ') + 1);
    }

    private static String firstWordOf(String s) {
        String t = s.strip();
        int space = t.indexOf(' ');
        return space < 0 ? t : t.substring(0, space);
    }

    /** Base forms of the verbs that open directives ({@code directive-verbs.txt}, one per line). */
    private static Set<String> directiveVerbs() {
        return Set.copyOf(WordLists.read("directive-verbs.txt"));
    }

    /** Past participles of irregular verbs: "must be held", "must be kept". */
    private static final java.util.Map<String, String> IRREGULAR = java.util.Map.ofEntries(
            java.util.Map.entry("held", "hold"),
            java.util.Map.entry("upheld", "uphold"),
            java.util.Map.entry("kept", "keep"),
            java.util.Map.entry("made", "make"),
            java.util.Map.entry("taken", "take"),
            java.util.Map.entry("built", "build"),
            java.util.Map.entry("rebuilt", "rebuild"),
            java.util.Map.entry("given", "give"),
            java.util.Map.entry("brought", "bring"),
            java.util.Map.entry("sought", "seek"),
            java.util.Map.entry("laid", "lay"),
            java.util.Map.entry("led", "lead"),
            java.util.Map.entry("met", "meet"),
            java.util.Map.entry("won", "win"),
            java.util.Map.entry("done", "do"),
            java.util.Map.entry("shown", "show"),
            java.util.Map.entry("drawn", "draw"),
            java.util.Map.entry("struck", "strike"),
            java.util.Map.entry("spent", "spend"),
            java.util.Map.entry("sent", "send"),
            java.util.Map.entry("paid", "pay"),
            java.util.Map.entry("understood", "understand"),
            java.util.Map.entry("fought", "fight"),
            java.util.Map.entry("thought", "think"),
            java.util.Map.entry("seen", "see"),
            java.util.Map.entry("driven", "drive"),
            java.util.Map.entry("broken", "break"),
            java.util.Map.entry("dealt", "deal"));

    /**
     * Verbs with no regular past: a word that reads as one of them plus "-ed" or "-d" is another word
     * ("seed" is no past of "see").
     */
    private static final Set<String> NO_REGULAR_PAST = java.util.stream.Stream.concat(
                    IRREGULAR.values().stream(), java.util.stream.Stream.of("put", "set"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The base form of a verb as written ("strengthening", "improves", "standardized"), or null when
     * it is not a directive verb.
     */
    String verbLemma(String word) {
        // the rules ask about the same words again and again: remember the answers
        String known = lemmas.get(word);
        if (known != null) {
            return known.isEmpty() ? null : known;
        }
        String lemma = lemmaOf(word);
        if (lemmas.size() < MAX_LEMMAS) {
            lemmas.put(word, lemma == null ? NO_LEMMA : lemma);
        }
        return lemma;
    }

    private String lemmaOf(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (verbs.contains(w)) {
            return w;
        }
        String irregular = IRREGULAR.get(w);
        if (irregular != null && verbs.contains(irregular)) {
            return irregular;
        }
        for (String suffix : new String[] {"ing", "ed", "es", "s", "d"}) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                String stem = w.substring(0, w.length() - suffix.length());
                boolean past = suffix.equals("ed") || suffix.equals("d");
                if (past && (NO_REGULAR_PAST.contains(stem) || NO_REGULAR_PAST.contains(stem + "e"))) {
                    continue;
                }
                if (verbs.contains(stem)) {
                    return stem;
                }
                if (verbs.contains(stem + "e")) {
                    return stem + "e";
                }
                // doubled consonant: "planning" -> "plan"
                if (stem.length() > 2
                        && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                        && verbs.contains(stem.substring(0, stem.length() - 1))) {
                    return stem.substring(0, stem.length() - 1);
                }
                if (suffix.equals("ed") || suffix.equals("es")) {
                    if (stem.endsWith("i") && verbs.contains(stem.substring(0, stem.length() - 1) + "y")) {
                        return stem.substring(0, stem.length() - 1) + "y";
                    }
                }
            }
        }
        return null;
    }
}
