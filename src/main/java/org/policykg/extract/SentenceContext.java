package org.policykg.extract;

import java.util.List;
import org.policykg.extract.Structure.Sentence;

/**
 * What a rule sees: the sentence, the whole text folded for matching (same indices as the source),
 * what the rules found in the sentence before it within the same paragraph and, earlier in the
 * rule order, in this sentence, the lexicons, and what
 * the document has said so far (for "the report" after the report was named).
 */
record SentenceContext(
        String text,
        String folded,
        Sentence sentence,
        List<Finding> previous,
        List<Finding> earlier,
        Lexicons lexicons,
        DocumentMemory memory) {

    Span span() {
        return sentence.span();
    }

    Lexicon concepts() {
        return lexicons.concepts();
    }

    Lexicon roles() {
        return lexicons.roles();
    }
}
