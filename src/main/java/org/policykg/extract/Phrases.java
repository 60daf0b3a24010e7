package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Noun-phrase helpers shared by the rules: articles, role phrases, coordinated concept lists. */
final class Phrases {
    /** The articles {@link #skipArticles} skips, in the order the expression {@code ^(?:the|a|an)\\s+} tried them. */
    private static final String[] ARTICLES = {"the", "a", "an"};

    private static final Pattern LIST_GLUE = Pattern.compile("^(?:and|or|as well as)\\s+");
    private static final int MAX_ROLE_WORDS = 5;
    /** Words that may follow a role phrase: it must end its noun phrase ("the fundamental force" is no role). */
    static final java.util.Set<String> AFTER_ROLE = java.util.Set.of(
            "of",
            "for",
            "to",
            "and",
            "or",
            "in",
            "on",
            "as",
            "that",
            "which",
            "needed",
            "with",
            "by",
            "at",
            "is",
            "are",
            "was",
            "we",
            "it",
            "this",
            "but",
            "while",
            "so",
            "if",
            "when",
            "because",
            "means",
            "mean",
            "requires",
            "lies",
            "has",
            "have",
            "will",
            "can",
            "must",
            "should",
            "shall",
            "needs",
            "from",
            "into",
            "through",
            "thus");

    private Phrases() {}

    /** Skips leading whitespace and articles from {@code pos}. */
    static int skipArticles(String folded, int pos, int limit) {
        if (pos >= limit) {
            return pos;
        }
        while (pos < limit && Character.isWhitespace(folded.charAt(pos))) {
            pos++;
        }
        // "^(?:the|a|an)\\s+" read by hand: this runs for every phrase a rule looks at
        for (String article : ARTICLES) {
            int end = pos + article.length();
            if (end < limit && folded.startsWith(article, pos) && isSpace(folded.charAt(end))) {
                while (end < limit && isSpace(folded.charAt(end))) {
                    end++;
                }
                return end;
            }
        }
        return pos;
    }

    /** The characters of {@code \\s}: ASCII whitespace. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * {@code s.split("\\s+").length} without the expression: the runs of non-{@code \\s} chars, one more
     * when a space leads, and none in a text of spaces only.
     */
    static int splitCount(String s) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = isSpace(s.charAt(i));
            if (!space && !inRun) {
                runs++;
            }
            inRun = !space;
        }
        if (runs == 0) {
            return s.isEmpty() ? 1 : 0;
        }
        return runs + (isSpace(s.charAt(0)) ? 1 : 0);
    }

    /** Evaluative adjectives that may stand before a role noun: "an important pillar", "a solid foundation". */
    private static final Pattern ROLE_ADJECTIVE = Pattern.compile(
            "^(?:important|basic|essential|necessary|strong|solid|key|major|reliable|powerful|crucial|vital|firm"
                    + "|lofty|noble|overarching)\\s+");

    /** The first letters of the {@link #ROLE_ADJECTIVE}s. */
    private static final String ROLE_ADJECTIVE_INITIALS = "ibenskmrpcvflo";

    /** The longest role label (plural -s allowed) at {@code pos}, articles and one evaluative adjective skipped. */
    static Optional<Lexicon.Match> roleAt(String folded, int pos, int limit, Lexicon roles) {
        int start = skipArticles(folded, pos, limit);
        Optional<Lexicon.Match> direct = roleFrom(folded, start, limit, roles);
        if (direct.isPresent()) {
            return direct;
        }
        // only these first letters can open one of the adjectives: most phrases are passed over without a matcher
        if (start >= limit || ROLE_ADJECTIVE_INITIALS.indexOf(folded.charAt(start)) < 0) {
            return Optional.empty();
        }
        Matcher adjective = ROLE_ADJECTIVE.matcher(folded).region(start, limit);
        return adjective.lookingAt() ? roleFrom(folded, adjective.end(), limit, roles) : Optional.empty();
    }

    private static Optional<Lexicon.Match> roleFrom(String folded, int start, int limit, Lexicon roles) {
        List<int[]> words = new ArrayList<>();
        int pos = start;
        while (words.size() < MAX_ROLE_WORDS) {
            // words must follow each other separated by spaces only: punctuation ends the phrase
            while (pos < limit && Character.isWhitespace(folded.charAt(pos))) {
                pos++;
            }
            int end = wordEnd(folded, pos, limit);
            if (end == pos) {
                break;
            }
            words.add(new int[] {pos, end});
            pos = end;
        }
        for (int k = words.size(); k >= 1; k--) {
            int end = words.get(k - 1)[1];
            if (k < words.size() && !AFTER_ROLE.contains(folded.substring(words.get(k)[0], words.get(k)[1]))) {
                continue;
            }
            Optional<String> iri = roles.exact(folded, start, end)
                    .or(() -> folded.charAt(end - 1) == 's' ? roles.exact(folded, start, end - 1) : Optional.empty());
            if (iri.isPresent()) {
                return Optional.of(new Lexicon.Match(iri.get(), new Span(start, end)));
            }
        }
        return Optional.empty();
    }

    /**
     * The concepts a noun phrase names. A coordinated list ("the military, science and technology,
     * culture, and social security") gives one concept per conjunct, the shared head noun of the last
     * conjunct supplied to the others. When the phrase is not such a list, the concepts mentioned
     * inside it are returned ("the promotion of international security").
     */
    static List<Lexicon.Match> concepts(String folded, Span phrase, Lexicon lexicon) {
        Span x = new Span(skipArticles(folded, phrase.start(), phrase.end()), phrase.end());
        Optional<String> whole = lexicon.exact(folded, x.start(), x.end());
        if (whole.isPresent()) {
            return List.of(new Lexicon.Match(whole.get(), x));
        }
        List<Span> pieces = split(folded, x, ",");
        if (pieces.size() == 1) {
            pieces = split(folded, x, " and ");
        }
        Span last = pieces.get(pieces.size() - 1);
        // the head noun the conjuncts share is the last word of the last concept: of the last piece, or of
        // the last part of a piece that is itself coordinated ("military, cultural and social security")
        List<Span> lastParts = split(folded, last, " and ");
        Span lastPart = lastParts.get(lastParts.size() - 1);
        String head = lexicon.exact(folded, last.start(), last.end()).isPresent()
                        || lexicon.exact(folded, lastPart.start(), lastPart.end())
                                .isPresent()
                ? lastWord(lastPart.of(folded))
                : null;
        List<Lexicon.Match> resolved = new ArrayList<>();
        for (Span piece : pieces) {
            List<Lexicon.Match> r = conjunct(folded, piece, head, lexicon);
            if (r.isEmpty()) {
                return lexicon.find(folded, x);
            }
            resolved.addAll(r);
        }
        return resolved;
    }

    private static List<Lexicon.Match> conjunct(String folded, Span piece, String head, Lexicon lexicon) {
        String p = piece.of(folded);
        Optional<String> iri =
                lexicon.exact(p).or(() -> head == null ? Optional.empty() : lexicon.exact(p + " " + head));
        if (iri.isPresent()) {
            return List.of(new Lexicon.Match(iri.get(), piece));
        }
        if (p.contains(" and ")) {
            List<Lexicon.Match> parts = new ArrayList<>();
            for (Span part : split(folded, piece, " and ")) {
                String s = part.of(folded);
                Optional<String> partIri =
                        lexicon.exact(s).or(() -> head == null ? Optional.empty() : lexicon.exact(s + " " + head));
                if (partIri.isEmpty()) {
                    return List.of();
                }
                parts.add(new Lexicon.Match(partIri.get(), part));
            }
            return parts;
        }
        return List.of();
    }

    /** Splits on a separator, trimming each piece and its leading "and"/"or" and article. */
    private static List<Span> split(String folded, Span x, String separator) {
        List<Span> pieces = new ArrayList<>();
        int from = x.start();
        while (from <= x.end()) {
            // bounded: indexOf would read on to the separator's next use anywhere in the text
            int at = CharScan.indexOf(folded, separator, from, x.end());
            int to = at < 0 ? x.end() : at;
            Span piece = PageReader.trim(folded, from, to);
            Matcher glue = LIST_GLUE.matcher(folded).region(piece.start(), piece.end());
            int start = glue.lookingAt() ? glue.end() : piece.start();
            start = skipArticles(folded, start, piece.end());
            if (start < piece.end()) {
                pieces.add(new Span(start, piece.end()));
            }
            if (to == x.end()) {
                break;
            }
            from = to + separator.length();
        }
        return pieces.isEmpty() ? List.of(x) : pieces;
    }

    /**
     * End of the word ({@code [\\p{L}\\p{N}'-]+}) at {@code pos}, or {@code pos} when none starts there: the
     * expression {@link #roleFrom} read words with, by hand.
     */
    static int wordEnd(String folded, int pos, int limit) {
        int i = pos;
        while (i < limit) {
            char c = folded.charAt(i);
            if (c < 128) {
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '-')) {
                    break;
                }
                i++;
                continue;
            }
            int cp = Character.codePointAt(folded, i);
            int n = Character.charCount(cp);
            if (i + n > limit || !(Character.isLetter(cp) || isNumber(cp))) {
                break; // a pair the limit cuts in two is no word char inside it
            }
            i += n;
        }
        return i;
    }

    /** {@code \\p{N}}: the Unicode number categories. */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Whether the concepts account for most of the phrase, not just a word inside a longer one. */
    static boolean covers(String folded, Span phrase, List<Lexicon.Match> concepts) {
        Span x = new Span(skipArticles(folded, phrase.start(), phrase.end()), phrase.end());
        String words = x.of(folded).strip();
        int covered = concepts.stream().mapToInt(c -> c.span().length()).sum();
        return covered * 2 >= words.length() && !words.contains(" of ");
    }

    private static String lastWord(String s) {
        int space = s.lastIndexOf(' ');
        return space < 0 ? s : s.substring(space + 1);
    }
}
