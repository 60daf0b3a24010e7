package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security fields given as examples after the head they share: "non-traditional security such as
 * economy, culture and ecology", "new fields such as space, deep sea, polar and biological fields". Each
 * item that, with "security" after it, makes a label of the scheme names that field; the list ends at the
 * first item that is no field, or at a clause's end.
 */
final class FieldExamples {
    /** "security such as", or "fields / areas / domains such as" in a sentence about security. */
    private static final KeywordPattern INTRO = new KeywordPattern(
            "(security|fields?|areas|domains)\\s+such\\s+as\\s+", "security", "field", "areas", "domains");
    /** An item: one to three words of letters and hyphens. */
    private static final Pattern ITEM = Pattern.compile("[a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,2}");
    /** What joins two items: a comma (with "and" or "or" after it), or "and" / "or" alone. */
    private static final Pattern JOIN = Pattern.compile("\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+");
    /** The head repeated after the last item: "polar and biological fields". */
    private static final Pattern TRAILING_HEAD = Pattern.compile("\\s+(?:fields?|areas|domains|security)$");

    private FieldExamples() {}

    /** @param foldedSentence the sentence's span of {@code folded} */
    static List<Lexicon.Match> find(String folded, String foldedSentence, Span sentence, Lexicon concepts) {
        List<Lexicon.Match> out = new ArrayList<>();
        if (!foldedSentence.contains("such as")) {
            return out;
        }
        boolean aboutSecurity = foldedSentence.contains("security");
        for (Matcher intro = INTRO.find(folded, sentence.start(), sentence.start(), sentence.end());
                intro != null;
                intro = INTRO.find(folded, intro.end(), sentence.start(), sentence.end())) {
            if (intro.group(1).equals("security") || aboutSecurity) {
                items(folded, intro.end(), sentence.end(), concepts, out);
            }
        }
        return out;
    }

    private static void items(String folded, int from, int end, Lexicon concepts, List<Lexicon.Match> out) {
        Matcher join = JOIN.matcher(folded);
        int i = from;
        while (i < end) {
            // the longest item whose words, with "security", are a label: "deep sea" before "deep"
            Optional<Lexicon.Match> field = field(folded, i, end, concepts);
            if (field.isEmpty()) {
                return;
            }
            out.add(field.get());
            join.region(field.get().span().end(), end);
            if (!join.lookingAt()) {
                return;
            }
            i = join.end();
        }
    }

    private static Optional<Lexicon.Match> field(String folded, int at, int end, Lexicon concepts) {
        Matcher item = ITEM.matcher(folded).region(at, end);
        if (!item.lookingAt()) {
            return Optional.empty();
        }
        String words = item.group();
        Matcher head = TRAILING_HEAD.matcher(words);
        if (head.find()) {
            words = words.substring(0, head.start());
        }
        // shorter and shorter, so that "military, as well as" reads "military" alone
        for (String w = words; !w.isEmpty(); w = w.contains(" ") ? w.substring(0, w.lastIndexOf(' ')) : "") {
            if (w.endsWith(" and") || w.endsWith(" or")) {
                continue;
            }
            Optional<String> iri = concepts.exact(w + " security");
            if (iri.isPresent()) {
                return Optional.of(new Lexicon.Match(iri.get(), new Span(at, at + w.length())));
            }
        }
        return Optional.empty();
    }
}
