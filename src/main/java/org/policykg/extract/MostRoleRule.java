package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The inverted role statement: "(the) most fundamental is to safeguard X and Y": each concept named
 * in what is to be done takes the role.
 */
final class MostRoleRule implements Rule {
    private static final KeywordPattern MOST = new KeywordPattern(
            "(?:the\\s+)?most\\s+(\\p{L}+(?:\\s+\\p{L}+)?)\\s+(?:is|are)\\s+to\\s+\\p{L}+\\s+", "the", "most");
    /** The chars that end the object. */
    private static final CharSet OBJECT_END = CharSet.of(".;:!?");

    @Override
    public String id() {
        return "most-role";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        if (!ctx.mentions("most ")) {
            return List.of();
        }
        String f = ctx.folded();
        List<Finding> out = new ArrayList<>();
        for (Matcher m = MOST.find(
                        f, ctx.span().start(), ctx.span().start(), ctx.span().end());
                m != null;
                m = MOST.find(f, m.end(), ctx.span().start(), ctx.span().end())) {
            Optional<String> role = ctx.roles().exact(m.group(1));
            if (role.isEmpty()) {
                continue;
            }
            Span object =
                    new Span(m.end(), CharScan.firstOf(f, m.end(), ctx.span().end(), OBJECT_END));
            Span evidence = new Span(m.start(), object.end());
            ctx.concepts().find(f, object).stream()
                    .map(Lexicon.Match::iri)
                    .distinct()
                    .forEach(c -> out.add(new Finding.Role(id(), c, role.get(), evidence, ctx.sentence())));
        }
        return out;
    }
}
