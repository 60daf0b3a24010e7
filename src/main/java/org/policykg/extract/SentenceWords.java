package org.policykg.extract;

import java.util.List;
import org.policykg.extract.Words.Word;

/**
 * One sentence of the folded text as the English rules read it, worked out on the first rule's asking and
 * shared by the rules after it: its words ({@link Words#of}), and the pairs of adjacent ASCII chars it
 * holds, so that a test for a phrase the sentence lacks is mostly answered without searching it.
 */
final class SentenceWords {
    /** Bits of the char-pair filter, a power of two: a sentence holds a few hundred pairs at most. */
    private static final int PAIR_BITS_LOG = 10;

    private final String folded;
    private final Span span;
    private List<Word> words;
    private long[] pairs;
    /** The filter of the sentence's chars beyond ASCII, one bit each by a hash of the char, made on first asking. */
    private long[] wide;

    SentenceWords(String folded, Span span) {
        this.folded = folded;
        this.span = span;
    }

    /** The sentence's words, in text order. */
    List<Word> list() {
        if (words == null) {
            words = Words.of(folded, span);
        }
        return words;
    }

    /**
     * Whether the folded sentence may hold {@code needle}: false when a pair of adjacent ASCII chars of the
     * needle (folded first, if {@code fold}: a needle of the text as written) is nowhere in the sentence.
     * True answers are to be checked by a search.
     */
    boolean mayHold(String needle, boolean fold) {
        if (needle.isEmpty()) {
            return true;
        }
        if (needle.charAt(0) >= 128) {
            return mayHoldWide(needle, fold); // a Chinese needle: its chars are no ASCII pairs
        }
        for (int k = 0; k + 1 < needle.length(); k++) {
            char a = needle.charAt(k);
            char b = needle.charAt(k + 1);
            if (a >= 128 || b >= 128) {
                continue; // the filter keeps ASCII pairs only
            }
            if (fold) {
                a = lower(a);
                b = lower(b);
            }
            if (pairs == null) {
                pairs = pairs(folded, span); // at the first ASCII pair: a Chinese needle needs none
            }
            int bit = bit(a, b);
            if ((pairs[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every char of a needle beyond ASCII may be in the sentence: the rules ask a Chinese sentence
     * about dozens of Chinese words and single chars, most of them not in it, and a bit read each spares a
     * search of the sentence.
     */
    private boolean mayHoldWide(String needle, boolean fold) {
        for (int k = 0; k < needle.length(); k++) {
            char c = fold ? Lexicon.foldChar(needle.charAt(k)) : needle.charAt(k);
            if (c < 128) {
                continue; // an ASCII char: the pair filter's, left to the search here
            }
            if (wide == null) {
                wide = wide(folded, span);
            }
            int bit = wideBit(c);
            if ((wide[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    private static long[] wide(String folded, Span span) {
        long[] bits = new long[(1 << PAIR_BITS_LOG) / 64];
        for (int i = span.start(); i < span.end(); i++) {
            char c = folded.charAt(i);
            if (c >= 128) {
                int bit = wideBit(c);
                bits[bit >>> 6] |= 1L << bit;
            }
        }
        return bits;
    }

    /** The wide filter's bit for a char: the top bits of a multiplicative hash. */
    private static int wideBit(char c) {
        return (c * 0x9E3779B1) >>> (32 - PAIR_BITS_LOG);
    }

    private static long[] pairs(String folded, Span span) {
        long[] bits = new long[(1 << PAIR_BITS_LOG) / 64];
        for (int i = span.start(); i + 1 < span.end(); i++) {
            char a = folded.charAt(i);
            char b = folded.charAt(i + 1);
            if (a < 128 && b < 128) {
                int bit = bit(a, b);
                bits[bit >>> 6] |= 1L << bit;
            }
        }
        return bits;
    }

    /** The filter's bit for two ASCII chars: the top bits of a multiplicative hash of the pair. */
    private static int bit(char a, char b) {
        return ((a << 7 | b) * 0x9E3779B1) >>> (32 - PAIR_BITS_LOG);
    }

    /** Lower case as {@link Lexicon#fold} has it for ASCII. */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
