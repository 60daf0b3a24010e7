package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.vocab.PKG;

/**
 * A concept named by its short form once the sentence has named its field: "adhere to a holistic approach
 * and develop a national security system" means the holistic approach to national security. Without the
 * field in the sentence, or with a complement of its own ("a holistic approach to water management"), the
 * short form is an ordinary phrase.
 */
final class ShortForms {
    /** The short form, not followed by a complement of its own. */
    private static final Pattern HOLISTIC =
            Pattern.compile("\\b(?:holistic|overall)\\s+approach\\b(?!\\s+(?:to|of|for|in|on|toward|towards)\\b)");

    private static final String OUTLOOK = PKG.CONCEPT_NS + "overall-national-security-outlook";

    private ShortForms() {}

    /** @param foldedSentence the sentence's span of {@code folded} */
    static List<Lexicon.Match> find(String folded, String foldedSentence, Span sentence) {
        List<Lexicon.Match> out = new ArrayList<>();
        if (!foldedSentence.contains(" approach") || !foldedSentence.contains("national security")) {
            return out;
        }
        Matcher m = HOLISTIC.matcher(folded).region(sentence.start(), sentence.end());
        while (m.find()) {
            out.add(new Lexicon.Match(OUTLOOK, new Span(m.start(), m.end())));
        }
        return out;
    }
}
