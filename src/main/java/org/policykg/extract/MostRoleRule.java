package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inverted role statement: "(the) most fundamental is to safeguard X and Y": each concept named
 * in what is to be done takes the role.
 */
final class MostRoleRule implements Rule {
    private static final Pattern MOST =
            Pattern.compile("\\b(?:the\\s+)?most\\s+(\\p{L}+(?:\\s+\\p{L}+)?)\\s+(?:is|are)\\s+to\\s+\\p{L}+\\s+");
    /** The chars that end the object. */
    private static final String OBJECT_END = ".;:!?";

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
        Matcher m = MOST.matcher(f).region(ctx.span().start(), ctx.span().end());
        while (m.find()) {
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
