package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Roles in Chinese text, read through the {@code @zh} labels of the role scheme: 以X为Y and 把X作为Y
 * (rule treat-as, as their English renderings are), and X是Y的Z (rule copula-role). X gives the
 * concepts the sentence's mentions name inside it, a list and a fused coordination included, as the
 * concept mentions distribute them; a role word the scheme lacks gives nothing.
 */
final class ChineseRoleRule implements Rule {
    private static final String TREAT_AS = "treat-as";
    private static final String COPULA = "copula-role";
    /** Marks that end a clause: X never reaches across them. */
    private static final String CLAUSE_END = "，。；：！？,;:!?\n";
    /** Characters before 以 that make it another word (可以, 予以, 加以, 所以, 难以, 得以, 足以). */
    private static final String NOT_YI_BEFORE = "可予加所难得足";

    @Override
    public String id() {
        return TREAT_AS;
    }

    @Override
    public List<String> ids() {
        return List.of(TREAT_AS, COPULA);
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        String f = ctx.folded();
        Span sentence = ctx.span();
        if (!ctx.mentions("为", "作为", "当作", "是")) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Lexicon.Match role : ctx.find(ctx.roles(), f, sentence)) {
            int start = role.span().start();
            if (start == sentence.start() || !Lexicon.isHan(f.charAt(start))) {
                continue;
            }
            if (f.charAt(start - 1) == '为') {
                boolean zuowei = start - 2 >= sentence.start() && f.charAt(start - 2) == '作';
                int verb = zuowei ? start - 2 : start - 1;
                int opener = zuowei ? openerBefore(f, sentence.start(), verb, '把') : yiBefore(f, sentence, verb);
                if (opener >= 0) {
                    assign(
                            ctx,
                            TREAT_AS,
                            new Span(opener + 1, verb),
                            new Span(opener, role.span().end()),
                            role,
                            out);
                }
            } else if (start - 2 >= sentence.start() && f.startsWith("当作", start - 2)) {
                int opener = openerBefore(f, sentence.start(), start - 2, '把');
                if (opener >= 0) {
                    assign(
                            ctx,
                            TREAT_AS,
                            new Span(opener + 1, start - 2),
                            new Span(opener, role.span().end()),
                            role,
                            out);
                }
            } else if (endsClause(f, role.span().end(), sentence.end())) {
                copula(ctx, role, out);
            }
        }
        return out;
    }

    /** X是(Y的)Z: the subject is the clause before 是, and the role closes the clause. */
    private static void copula(SentenceContext ctx, Lexicon.Match role, List<Finding> out) {
        String f = ctx.folded();
        int shi = -1;
        for (int i = role.span().start() - 1; i >= ctx.span().start() && CLAUSE_END.indexOf(f.charAt(i)) < 0; i--) {
            if (f.charAt(i) == '是') {
                shi = i;
                break;
            }
        }
        if (shi < 0) {
            return;
        }
        int subject = shi;
        while (subject > ctx.span().start() && CLAUSE_END.indexOf(f.charAt(subject - 1)) < 0) {
            subject--;
        }
        assign(
                ctx,
                COPULA,
                new Span(subject, shi),
                new Span(subject, role.span().end()),
                role,
                out);
    }

    /** The 以 that opens a 以X为 frame before {@code verb} in the same clause, or -1. */
    private static int yiBefore(String f, Span sentence, int verb) {
        for (int i = verb - 1; i >= sentence.start() && CLAUSE_END.indexOf(f.charAt(i)) < 0; i--) {
            if (f.charAt(i) == '以'
                    && f.charAt(i + 1) != '及'
                    && (i == sentence.start() || NOT_YI_BEFORE.indexOf(f.charAt(i - 1)) < 0)) {
                return i;
            }
        }
        return -1;
    }

    /** The nearest {@code opener} before {@code verb} in the same clause, or -1. */
    private static int openerBefore(String f, int floor, int verb, char opener) {
        for (int i = verb - 1; i >= floor && CLAUSE_END.indexOf(f.charAt(i)) < 0; i--) {
            if (f.charAt(i) == opener) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the role word is the clause's last: 是…的根基。 but not 是…的关键领域. */
    private static boolean endsClause(String f, int end, int sentenceEnd) {
        return end == sentenceEnd || CLAUSE_END.indexOf(f.charAt(end)) >= 0 || f.charAt(end) == '、';
    }

    /** One role for each concept the sentence's mentions name inside {@code x}. */
    private static void assign(
            SentenceContext ctx, String rule, Span x, Span evidence, Lexicon.Match role, List<Finding> out) {
        List<String> seen = new ArrayList<>();
        for (Finding earlier : ctx.earlier()) {
            if (earlier instanceof Finding.Mention m && x.contains(m.evidence()) && !seen.contains(m.concept())) {
                seen.add(m.concept());
                out.add(new Finding.Role(rule, m.concept(), role.iri(), evidence, ctx.sentence()));
            }
        }
    }
}
