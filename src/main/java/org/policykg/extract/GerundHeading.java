package org.policykg.extract;

import java.util.List;
import java.util.Set;
import org.policykg.extract.Structure.Section;
import org.policykg.extract.Words.Word;

/**
 * Whether a sentence that opens with a gerund is a heading, which translations of Party documents
 * write for an imperative: "(10) Improving mechanisms ...", "IV. Developing X", a line of its own,
 * or a short heading run into its paragraph ("Strengthening X. China has ..."). {@link DirectiveRule}
 * asks for every sentence whose first verb is a gerund.
 */
final class GerundHeading {
    /**
     * "Modernizing X is a necessary requirement", "Building X requires Y": a gerund subject before a
     * finite verb, not an imperative heading. The verb stands between spaces ({@link #finiteVerb}).
     */
    private static final Set<String> FINITE_VERBS = Words.auxiliariesAnd(
            "remain",
            "remains",
            "require",
            "requires",
            "means",
            "needs",
            "lies",
            "serves",
            "plays",
            "becomes",
            "represents",
            "constitutes",
            "calls");
    /** The most words of a heading run into its paragraph: "Strengthening X. China has ...". */
    private static final int RUN_IN_HEADING_WORDS = 15;
    /** Headings that name a section with a participle as adjective: "(1) Guiding ideology." */
    private static final Set<String> NAMING_HEADINGS =
            Set.of("guiding ideology", "guiding principles", "guiding thought", "working principles");

    private GerundHeading() {}

    /** Whether the sentence, opening with the gerund {@code gerund} followed by {@code next}, is a heading. */
    static boolean is(SentenceContext ctx, List<Word> words, String gerund, String next) {
        // whether the sentence opens its line first: that is cheapest, and most sentences do not
        return opensLine(ctx)
                && !NAMING_HEADINGS.contains(gerund + " " + next)
                && (isItemHeading(ctx) || endsLine(ctx) || words.size() <= RUN_IN_HEADING_WORDS)
                && !finiteVerb(ctx, words);
    }

    /**
     * Whether one of the {@link #FINITE_VERBS} stands between two spaces ({@code \\s}) inside the sentence, as
     * {@code \\s(?:is|are|...)\\s} would find it: read from the sentence's words, not by trying the expression
     * at every offset.
     */
    private static boolean finiteVerb(SentenceContext ctx, List<Word> words) {
        String f = ctx.folded();
        for (Word w : words) {
            int start = w.span().start();
            int end = w.span().end();
            if (start > ctx.span().start()
                    && end < ctx.span().end()
                    && FINITE_VERBS.contains(w.text())
                    && KeywordPattern.isRegexSpace(f.charAt(start - 1))
                    && KeywordPattern.isRegexSpace(f.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence opens its line, after nothing but a section marker ("1.", "IV.", "(3)"). */
    private static boolean opensLine(SentenceContext ctx) {
        int from = ctx.sentence().paragraph().span().start();
        int to = ctx.span().start();
        if (to < from || to - from > 8) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = ctx.text().charAt(k);
            if (!(c >= '0' && c <= '9' || "IVXLC().（）、 \t".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the sentence closes its line: a heading on a line of its own. */
    private static boolean endsLine(SentenceContext ctx) {
        return ctx.span().end() >= ctx.sentence().paragraph().span().end();
    }

    static boolean isItemHeading(SentenceContext ctx) {
        Section s = ctx.sentence().section();
        return s != null
                && s.kind() == Section.Kind.ITEM
                && s.span().start() <= ctx.span().start()
                && ctx.span().start() - s.span().start() <= 6;
    }
}
