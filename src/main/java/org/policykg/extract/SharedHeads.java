package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Coordinated modifiers that share one head noun: "political, military and cultural security" names
 * three concepts although only the last is written whole. Each modifier before a concept match that,
 * with the match's last word, makes a label of the scheme is a mention of that concept, its evidence
 * the modifier's words.
 */
final class SharedHeads {
    private SharedHeads() {}

    static List<Lexicon.Match> distribute(List<Lexicon.Match> found, String folded, Span sentence, Lexicon concepts) {
        List<Lexicon.Match> out = null;
        for (Lexicon.Match m : found) {
            String words = m.span().of(folded);
            int space = words.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            String head = words.substring(space + 1);
            List<Lexicon.Match> more =
                    modifiersBefore(folded, sentence, m.span().start(), head, concepts);
            if (!more.isEmpty()) {
                out = out == null ? new ArrayList<>(found) : out;
                for (Lexicon.Match x : more) {
                    if (out.stream().noneMatch(o -> o.span().overlaps(x.span()))) {
                        out.add(x);
                    }
                }
            }
        }
        if (out == null) {
            return found;
        }
        out.sort((a, b) -> a.span().start() - b.span().start());
        return out;
    }

    /** Walks left over "X, Y and" / "X or": each word that makes a label with the head is a concept. */
    private static List<Lexicon.Match> modifiersBefore(
            String folded, Span sentence, int start, String head, Lexicon concepts) {
        List<Lexicon.Match> out = new ArrayList<>();
        int pos = start;
        while (true) {
            int glue = glueBefore(folded, sentence.start(), pos);
            if (glue < 0) {
                return out;
            }
            int wordEnd = glue;
            int wordStart = wordEnd;
            while (wordStart > sentence.start()
                    && (Lexicon.isWordChar(folded.charAt(wordStart - 1)) || folded.charAt(wordStart - 1) == '-')) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                return out;
            }
            Optional<String> iri = concepts.exact(folded.substring(wordStart, wordEnd) + " " + head);
            if (iri.isEmpty()) {
                return out;
            }
            out.add(new Lexicon.Match(iri.get(), new Span(wordStart, wordEnd)));
            pos = wordStart;
        }
    }

    /** The end of the word before a coordinating ", ", " and ", ", and " or " or " before {@code pos}, or -1. */
    private static int glueBefore(String folded, int floor, int pos) {
        for (String glue : new String[] {", and ", ", or ", " and ", " or ", ", "}) {
            int at = pos - glue.length();
            if (at > floor && folded.startsWith(glue, at)) {
                return at;
            }
        }
        return -1;
    }
}
