package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a span, with their positions: the unit the directive and pair rules walk over. */
final class Words {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");

    /** A word and its span in the folded text. */
    record Word(String text, Span span) {}

    private Words() {}

    static List<Word> of(String folded, Span span) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded).region(span.start(), span.end());
        while (m.find()) {
            words.add(new Word(m.group(), new Span(m.start(), m.end())));
        }
        return words;
    }

    /** The text between two words holds no more than spaces. */
    static boolean adjacent(String folded, Word a, Word b) {
        return folded.substring(a.span().end(), b.span().start()).isBlank();
    }
}
