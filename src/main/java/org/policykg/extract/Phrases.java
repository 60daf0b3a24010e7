package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Noun-phrase helpers shared by the rules: articles, role phrases, coordinated concept lists. */
final class Phrases {
    private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an)\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'-]+");
    private static final Pattern LIST_GLUE = Pattern.compile("^(?:and|or|as well as)\\s+");
    private static final int MAX_ROLE_WORDS = 5;
    /** Words that may follow a role phrase: it must end its noun phrase ("the fundamental force" is no role). */
    private static final java.util.Set<String> AFTER_ROLE = java.util.Set.of(
            "of", "for", "to", "and", "or", "in", "on", "as", "that", "which", "needed", "with", "by", "at", "is",
            "are", "was", "we", "it", "this", "but", "while", "so", "if", "when", "because");

    private Phrases() {}

    /** Skips leading whitespace and articles from {@code pos}. */
    static int skipArticles(String folded, int pos, int limit) {
        if (pos >= limit) {
            return pos;
        }
        while (pos < limit && Character.isWhitespace(folded.charAt(pos))) {
            pos++;
        }
        Matcher m = ARTICLE.matcher(folded).region(pos, limit);
        return m.lookingAt() ? m.end() : pos;
    }

    /** Evaluative adjectives that may stand before a role noun: "an important pillar", "a solid foundation". */
    private static final Pattern ROLE_ADJECTIVE = Pattern.compile(
            "^(?:important|basic|essential|necessary|strong|solid|key|major|reliable|powerful|crucial|vital|firm)\\s+");

    /** The longest role label (plural -s allowed) at {@code pos}, articles and one evaluative adjective skipped. */
    static Optional<Lexicon.Match> roleAt(String folded, int pos, int limit, Lexicon roles) {
        int start = skipArticles(folded, pos, limit);
        Optional<Lexicon.Match> direct = roleFrom(folded, start, limit, roles);
        if (direct.isPresent()) {
            return direct;
        }
        Matcher adjective = ROLE_ADJECTIVE.matcher(folded).region(start, limit);
        return adjective.lookingAt() ? roleFrom(folded, adjective.end(), limit, roles) : Optional.empty();
    }

    private static Optional<Lexicon.Match> roleFrom(String folded, int start, int limit, Lexicon roles) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(folded).region(start, limit);
        int expected = start;
        while (w.find() && words.size() < MAX_ROLE_WORDS) {
            // words must follow each other separated by spaces only: punctuation ends the phrase
            if (!isBlank(folded, expected, w.start())) {
                break;
            }
            words.add(new int[] {w.start(), w.end()});
            expected = w.end();
        }
        for (int k = words.size(); k >= 1; k--) {
            int end = words.get(k - 1)[1];
            if (k < words.size() && !AFTER_ROLE.contains(folded.substring(words.get(k)[0], words.get(k)[1]))) {
                continue;
            }
            String phrase = folded.substring(start, end);
            Optional<String> iri = roles.exact(phrase)
                    .or(() -> phrase.endsWith("s")
                            ? roles.exact(phrase.substring(0, phrase.length() - 1))
                            : Optional.empty());
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
        Optional<String> whole = lexicon.exact(x.of(folded));
        if (whole.isPresent()) {
            return List.of(new Lexicon.Match(whole.get(), x));
        }
        List<Span> pieces = split(folded, x, ",");
        if (pieces.size() == 1) {
            pieces = split(folded, x, " and ");
        }
        Span last = pieces.get(pieces.size() - 1);
        String head = lexicon.exact(last.of(folded)).isPresent() ? lastWord(last.of(folded)) : null;
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
            int at = folded.indexOf(separator, from);
            int to = at < 0 || at >= x.end() ? x.end() : at;
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

    /** {@code folded.substring(from, to).isBlank()} without the substring. */
    private static boolean isBlank(String folded, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(folded.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String lastWord(String s) {
        int space = s.lastIndexOf(' ');
        return space < 0 ? s : s.substring(space + 1);
    }
}
