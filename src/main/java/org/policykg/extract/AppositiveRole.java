package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A role given in apposition, for {@link CopulaRoleRule}: "As the foundation of Z, X must ...", "X, as the
 * foundation of Z, must ..." (作为…的基础). Only a role of the scheme followed by "of" / "for" / "to" counts,
 * and X is the one concept of the scheme next to the comma, so that "as a result" or "as the year ends"
 * give nothing.
 */
final class AppositiveRole {
    /**
     * "As the Y" opening the sentence, or ", as the Y" after a concept: {@code (?:^|,\\s+)} + this body, the
     * comma read by {@link #opening}.
     */
    private static final KeywordPattern AS = new KeywordPattern("as\\s+(?=\\p{L})", "as");

    private AppositiveRole() {}

    static List<Finding> find(SentenceContext ctx, String rule) {
        List<Finding> out = new ArrayList<>();
        if (!ctx.mentions("as ")) {
            return out;
        }
        String f = ctx.folded();
        Span s = ctx.span();
        for (Matcher m = AS.find(f, s.start(), s.start(), s.end());
                m != null;
                m = AS.find(f, m.end(), s.start(), s.end())) {
            int start = opening(f, s, m.start());
            if (start < 0) {
                continue;
            }
            int at = RolePhrases.skipDeterminers(f, m.end(), s.end());
            var role = Phrases.roleAt(f, at, s.end(), ctx.roles());
            if (role.isEmpty() || !relates(f, role.get().span().end())) {
                continue;
            }
            int comma = f.indexOf(',', role.get().span().end());
            boolean opening = start == s.start();
            String concept = opening ? conceptAfter(ctx, comma) : conceptBefore(ctx, start);
            if (concept != null) {
                Span evidence = new Span(start, role.get().span().end());
                out.add(new Finding.Role(rule, concept, role.get().iri(), evidence, ctx.sentence()));
            }
        }
        return out;
    }

    /**
     * Where the appositive that "as" at {@code as} begins opens: the sentence's start, or the comma before
     * the spaces before it; -1 when neither stands there.
     */
    private static int opening(String f, Span s, int as) {
        if (as == s.start()) {
            return as;
        }
        int i = as - 1;
        while (i >= s.start() && KeywordPattern.isRegexSpace(f.charAt(i))) {
            i--;
        }
        return i < as - 1 && i >= s.start() && f.charAt(i) == ',' ? i : -1;
    }

    private static boolean relates(String f, int end) {
        return f.startsWith(" of ", end) || f.startsWith(" for ", end) || f.startsWith(" to ", end);
    }

    /** "As the Y of Z, X ...": the concept that opens the main clause. */
    private static String conceptAfter(SentenceContext ctx, int comma) {
        String f = ctx.folded();
        if (comma < 0 || comma >= ctx.span().end()) {
            return null;
        }
        int start = RolePhrases.skipDeterminers(f, comma + 1, ctx.span().end());
        for (Lexicon.Match c : Phrases.concepts(f, new Span(start, ctx.span().end()), ctx.concepts())) {
            return c.span().start() == start ? c.iri() : null;
        }
        return null;
    }

    /** "X, as the Y of Z, ...": the concept that ends right before the comma and opens the sentence. */
    private static String conceptBefore(SentenceContext ctx, int comma) {
        String f = ctx.folded();
        int start = RolePhrases.skipDeterminers(f, ctx.span().start(), comma);
        List<Lexicon.Match> before = Phrases.concepts(f, new Span(start, comma), ctx.concepts());
        return before.size() == 1
                        && before.get(0).span().start() == start
                        && before.get(0).span().end() == comma
                ? before.get(0).iri()
                : null;
    }
}
