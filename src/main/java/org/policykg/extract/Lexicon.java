package org.policykg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The English labels of one SKOS concept scheme (pref, alt and hidden), looked up case-insensitively
 * with typographic quotes folded. {@link #find} returns the leftmost-longest matches on word
 * boundaries, so "Overall National Security Outlook" wins over "national security" inside it.
 */
public final class Lexicon {
    private static final Logger log = LoggerFactory.getLogger(Lexicon.class);

    /** A label occurrence in a text. */
    public record Match(String iri, Span span) {}

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        String iri;
    }

    private final Node root = new Node();
    private final Map<String, String> byLabel = new HashMap<>();

    /** Loads every concept {@code skos:inScheme} the given scheme. */
    public static Lexicon of(Model model, Resource scheme) {
        Lexicon lexicon = new Lexicon();
        List<Resource> concepts =
                model.listSubjectsWithProperty(SKOS.inScheme, scheme).toList();
        concepts.sort((a, b) -> a.getURI().compareTo(b.getURI())); // deterministic winner on a shared label
        for (Resource concept : concepts) {
            for (var p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                for (Statement st : concept.listProperties(p).toList()) {
                    RDFNode o = st.getObject();
                    if (o.isLiteral()
                            && o.asLiteral().getLanguage().toLowerCase().startsWith("en")) {
                        lexicon.add(o.asLiteral().getLexicalForm(), concept.getURI());
                    }
                }
            }
        }
        return lexicon;
    }

    private void add(String label, String iri) {
        String key = fold(label).strip().replaceAll("\\s+", " ");
        String previous = byLabel.putIfAbsent(key, iri);
        if (previous != null && !previous.equals(iri)) {
            log.warn("Label '{}' names both {} and {}; keeping the first", label, previous, iri);
            return;
        }
        Node node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.next.computeIfAbsent(key.charAt(i), c -> new Node());
        }
        node.iri = iri;
    }

    public int size() {
        return byLabel.size();
    }

    /** The concept whose label is exactly this phrase (case and quotes folded, spaces collapsed). */
    public Optional<String> exact(String phrase) {
        return Optional.ofNullable(byLabel.get(fold(phrase).strip().replaceAll("\\s+", " ")));
    }

    /**
     * Leftmost-longest label occurrences inside {@code within}.
     *
     * @param folded the text passed through {@link #fold} (same length as the original)
     */
    public List<Match> find(String folded, Span within) {
        List<Match> out = new ArrayList<>();
        int i = within.start();
        while (i < within.end()) {
            if (i > 0 && isWordChar(folded.charAt(i - 1)) || !isWordChar(folded.charAt(i))) {
                i++;
                continue;
            }
            int best = -1;
            String bestIri = null;
            Node node = root;
            for (int j = i; j < within.end() && node != null; j++) {
                char c = folded.charAt(j);
                node = node.next.get(Character.isWhitespace(c) ? ' ' : c);
                if (node != null && node.iri != null && (j + 1 == within.end() || !isWordChar(folded.charAt(j + 1)))) {
                    best = j + 1;
                    bestIri = node.iri;
                }
            }
            if (best > 0) {
                out.add(new Match(bestIri, new Span(i, best)));
                i = best;
            } else {
                i++;
            }
        }
        return out;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Lower case, typographic quotes and dashes made plain; one char in, one char out. */
    public static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out[i] = switch (c) {
                case '\u2018', '\u2019', '\u02BC', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012' -> '-';
                case '\u00A0', '\u2007', '\u202F' -> ' ';
                default -> Character.isSurrogate(c) ? c : Character.toLowerCase(c);
            };
        }
        return new String(out);
    }
}
