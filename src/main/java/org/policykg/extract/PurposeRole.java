package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A role given by the aim a clause names, for {@link CopulaRoleRule}: "with the ultimate goal of building
 * X", "with the aim of achieving X", "with the purpose of V-ing X" (以X为目标, 以X为宗旨): the "with X as Y"
 * position, written with the role first. X is the concept (of the scheme or a set phrase) that the
 * object of "of" opens with, after an optional gerund and article.
 */
final class PurposeRole {
    private static final KeywordPattern WITH_AIM = new KeywordPattern(
            "with\\s+(?:the|an?|its|our|their)\\s+"
                    + "(?:(?:ultimate|overall|long-term|main|primary|fundamental|final|strategic|common)\\s+)?"
                    + "(goal|aim|objective|purpose)\\s+of\\s+(?:\\p{L}+ing\\s+)?(?:(?:a|an|the)\\s+)?",
            "with");

    private PurposeRole() {}

    static List<Finding> find(SentenceContext ctx, String rule) {
        if (!ctx.mentions("with ") || !ctx.mentions(" goal of ", " aim of ", " objective of ", " purpose of ")) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        String f = ctx.folded();
        Span s = ctx.span();
        for (Matcher m = WITH_AIM.find(f, s.start(), s.start(), s.end());
                m != null;
                m = WITH_AIM.find(f, m.end(), s.start(), s.end())) {
            // an aim is a goal; a purpose is the scheme's purpose
            Optional<String> role = ctx.roles().exact(m.group(1).equals("purpose") ? "purpose" : "goal");
            Optional<Finding.Mention> concept = ctx.mentionStartingAt(m.end());
            if (role.isPresent() && concept.isPresent()) {
                Span evidence = new Span(m.start(), concept.get().evidence().end());
                out.add(new Finding.Role(rule, concept.get().concept(), role.get(), evidence, ctx.sentence()));
            }
        }
        return out;
    }
}
