package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The register's standing couples ({@code couples.txt}: development and security, vitality and order,
 * government and market ...), which a text couples wherever it coordinates them, with or without a
 * frame such as "overall planning for". Read by {@link PairRule} when no frame of its own has read the
 * sentence.
 */
final class StandingCouples {
    private static final List<String[]> COUPLES = load();
    /** Each couple as written coordinated, "a and b", built once rather than per sentence. */
    private static final List<String> PHRASES =
            COUPLES.stream().map(c -> c[0] + " and " + c[1]).toList();

    private StandingCouples() {}

    static List<Finding> find(SentenceContext ctx, String rule) {
        List<Finding> out = new ArrayList<>();
        String sentence = ctx.foldedSentence();
        for (int k = 0; k < COUPLES.size(); k++) {
            String[] couple = COUPLES.get(k);
            String phrase = PHRASES.get(k);
            for (int at = sentence.indexOf(phrase); at >= 0; at = sentence.indexOf(phrase, at + 1)) {
                int end = at + phrase.length();
                if (bounded(sentence, at, end)) {
                    int start = ctx.span().start() + at;
                    Optional<String> a = CoupleShapes.side(ctx, couple[0]);
                    Optional<String> b = CoupleShapes.side(ctx, couple[1]);
                    if (a.isPresent() && b.isPresent()) {
                        Span evidence = new Span(start, ctx.span().start() + end);
                        out.add(new Finding.Pair(rule, a.get(), b.get(), evidence, ctx.sentence()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether "a and b" is a standing couple: "material and spiritual advancement" couples the two that
     * share the head, not two phrases.
     */
    static boolean isCouple(String a, String b) {
        for (String[] couple : COUPLES) {
            if (couple[0].equals(a) && couple[1].equals(b)) {
                return true;
            }
        }
        return false;
    }

    /** Whole words only: "development and security" is not "redevelopment and security-related". */
    private static boolean bounded(String s, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1));
        boolean after = end == s.length() || !(Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '-');
        return before && after;
    }

    private static List<String[]> load() {
        return WordLists.read("couples.txt").stream()
                .map(l -> l.split("\\|", 2))
                .toList();
    }
}
