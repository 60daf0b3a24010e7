package org.policykg.extract;

import java.util.List;
import java.util.Optional;
import org.policykg.extract.Structure.Sentence;

/**
 * What a rule sees: the sentence, the text as read (the page's reading copy, where wrapped lines are
 * joined and page furniture is blanked) and that text folded for matching (both with the source's
 * indices, so a span found in them quotes the source),
 * what the rules found in the sentence before it within the same paragraph and, earlier in the
 * rule order, in this sentence, the lexicons, and what
 * the document has said so far (for "the report" after the report was named), the sentence's part
 * of the folded text, cut once for all the rules' {@link #mentions} tests, the sentence's label hits,
 * whether it holds a digit (tested once for the rules that need one), and what more the rules derive from
 * the sentence, kept once for all of them (its words among it).
 */
record SentenceContext(
        String text,
        String folded,
        Sentence sentence,
        List<Finding> previous,
        List<Finding> earlier,
        Lexicons lexicons,
        DocumentMemory memory,
        String foldedSentence,
        Lexicon.Hits hits,
        boolean hasDigit,
        SentenceMemo memo,
        SentenceWords words) {

    /** Whether the sentence as written (not folded: case counts) holds any of these strings. */
    boolean textMentions(String... needles) {
        boolean latin = memo.hasLatin();
        String written = memo.written(text, span());
        for (String n : needles) {
            if ((latin || !hasAsciiLetter(n)) && words.mayHold(n, true) && written.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence holds a digit: read once per sentence, for the rules that need one. */
    static boolean hasDigit(String folded, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            char c = folded.charAt(i);
            if (c < 128 ? c >= '0' && c <= '9' : CharTables.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code lexicon.find(text, within)}, answered from the sentence's one walk of every scheme when
     * {@code text} is the folded text and {@code within} lies in the sentence.
     */
    List<Lexicon.Match> find(Lexicon lexicon, String text, Span within) {
        return hits.find(lexicon, text, within);
    }

    /** The first concept mention found in this sentence before the current rule that ends at {@code end}. */
    Optional<Finding.Mention> mentionEndingAt(int end) {
        for (Finding f : earlier) {
            if (f instanceof Finding.Mention m && m.evidence().end() == end) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The first concept mention found in this sentence before the current rule that starts at {@code start}. */
    Optional<Finding.Mention> mentionStartingAt(int start) {
        for (Finding f : earlier) {
            if (f instanceof Finding.Mention m && m.evidence().start() == start) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Whether the sentence holds a Han character, tested once for the Chinese rules. */
    boolean hasHan() {
        return memo.hasHan();
    }

    /** The document titles {@link DocumentTitles} reads in the sentence, read once for both entity rules. */
    List<Span> titles() {
        return memo.titles(() -> DocumentTitles.find(this));
    }

    Span span() {
        return sentence.span();
    }

    /**
     * Whether the folded sentence holds any of these strings: a cheap test that lets a rule skip its
     * regular expressions on the many sentences that cannot match them.
     */
    boolean mentions(String... needles) {
        // search the sentence alone: indexOf(needle, from) on the whole text would run on to its end
        boolean latin = memo.hasLatin();
        for (String n : needles) {
            if ((latin || !hasAsciiLetter(n)) && words.mayHold(n, false) && foldedSentence.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code needle} holds an ASCII letter: such a needle is not in a sentence without Latin letters
     * (folding keeps an ASCII letter one, in lower case), so the English rules' tests skip Chinese sentences.
     */
    private static boolean hasAsciiLetter(String needle) {
        for (int i = 0; i < needle.length(); i++) {
            char c = needle.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    Lexicon concepts() {
        return lexicons.concepts();
    }

    Lexicon roles() {
        return lexicons.roles();
    }
}
