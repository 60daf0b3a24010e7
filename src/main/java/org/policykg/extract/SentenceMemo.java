package org.policykg.extract;

import java.util.List;
import java.util.function.Supplier;

/**
 * What several rules derive from one sentence, worked out once for the sentence on the first rule's
 * asking and handed to the rules after it.
 */
final class SentenceMemo {
    private final String foldedSentence;
    private Boolean han;
    private Boolean latin;
    private List<Span> titles;
    private String written;

    SentenceMemo(String foldedSentence) {
        this.foldedSentence = foldedSentence;
    }

    /** Whether the sentence holds a Han character: the Chinese rules read nothing else. */
    boolean hasHan() {
        if (han == null) {
            // the scan in locals: a boxed field written per char cost more than the test
            String s = foldedSentence;
            boolean found = false;
            for (int i = 0; i < s.length() && !found; i++) {
                found = Lexicon.isHan(s.charAt(i));
            }
            han = found;
        }
        return han;
    }

    /** Whether the sentence holds a Latin letter: the English rules' words are made of them. */
    boolean hasLatin() {
        if (latin == null) {
            String s = foldedSentence;
            boolean found = false;
            for (int i = 0; i < s.length() && !found; i++) {
                char c = s.charAt(i);
                found = c >= 'a' && c <= 'z';
            }
            latin = found;
        }
        return latin;
    }

    /** The sentence as written ({@code span} of {@code text}), cut once for the rules that test it. */
    String written(String text, Span span) {
        if (written == null) {
            written = span.of(text);
        }
        return written;
    }

    /** The sentence's document titles read by shape, as {@code find} reads them the first time. */
    List<Span> titles(Supplier<List<Span>> find) {
        if (titles == null) {
            titles = List.copyOf(find.get());
        }
        return titles;
    }
}
