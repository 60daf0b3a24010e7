package org.policykg.extract;

import java.util.List;
import org.policykg.extract.Structure.Sentence;

/**
 * What a rule sees: the sentence, the whole text folded for matching (same indices as the source),
 * what the rules found in the sentence before it within the same paragraph, and the lexicons.
 */
record SentenceContext(
        String text, String folded, Sentence sentence, List<Finding> previous, Lexicon concepts, Lexicon roles) {

    Span span() {
        return sentence.span();
    }

    String foldedSentence() {
        return folded.substring(span().start(), span().end());
    }
}
