package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "This is the R1 and R2 ...": the demonstrative takes up the one concept the sentence before it
 * assigned a role to or directed action at ("Adhere to X. This is the highest principle ...").
 */
final class ThisIsRoleRule implements Rule {
    private static final Pattern OPENING = Pattern.compile("^(?:this|that|it) is (?:also |indeed |precisely )?");
    /** "... is to uphold": the copula before an infinitive, what a sentence says is to be done. */
    private static final Pattern INFINITIVE_PREDICATE = Pattern.compile("\\s(?:is|are|remains) to \\p{L}+");

    private static final Pattern JOIN = Pattern.compile("^\\s*(?:and|,|, and|as well as)\\s+");

    @Override
    public String id() {
        return "this-is-role";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        if (!(ctx.mentions("this is", "that is", "it is"))) {
            return List.of();
        }
        String f = ctx.folded();
        Span s = ctx.span();
        Matcher opening = OPENING.matcher(f).region(s.start(), s.end());
        if (!opening.lookingAt()) {
            return List.of();
        }
        Optional<Antecedent> antecedent = antecedent(ctx.previous()).or(() -> required(ctx));
        if (antecedent.isEmpty()) {
            return List.of();
        }
        List<Lexicon.Match> roles = new ArrayList<>();
        int pos = opening.end();
        Optional<Lexicon.Match> role = Phrases.roleAt(f, pos, s.end(), ctx.roles());
        while (role.isPresent()) {
            roles.add(role.get());
            Matcher join = JOIN.matcher(f).region(role.get().span().end(), s.end());
            role = join.lookingAt() ? Phrases.roleAt(f, join.end(), s.end(), ctx.roles()) : Optional.empty();
        }
        if (roles.isEmpty()) {
            return List.of();
        }
        Span evidence = new Span(
                antecedent.get().start(), roles.get(roles.size() - 1).span().end());
        String concept = antecedent.get().concept();
        return roles.stream()
                // "It is the R": read by the copula rule too when it took up the same concept
                .filter(r -> ctx.earlier().stream()
                        .noneMatch(e -> e instanceof Finding.Role found
                                && found.concept().equals(concept)
                                && found.role().equals(r.iri())))
                .map(r -> (Finding) new Finding.Role(id(), concept, r.iri(), evidence, ctx.sentence()))
                .toList();
    }

    private record Antecedent(String concept, int start) {}

    /**
     * "The first requirement in X is to uphold Y. This is the highest principle": a sentence that says what is
     * to be done by an infinitive after the copula directs as a directive does, and "This" takes up the one
     * concept it names, though no rule read a statement in it.
     */
    private static Optional<Antecedent> required(SentenceContext ctx) {
        List<Finding> previous = ctx.previous();
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        Span before = previous.get(0).sentence().span();
        String f = ctx.folded();
        if (!INFINITIVE_PREDICATE
                .matcher(f)
                .region(before.start(), before.end())
                .find()) {
            return Optional.empty();
        }
        List<String> concepts = new ArrayList<>();
        int start = Integer.MAX_VALUE;
        for (Finding finding : previous) {
            if (finding instanceof Finding.Role || finding instanceof Finding.Directive) {
                return Optional.empty(); // read by antecedent, which found no one concept
            }
            if (finding instanceof Finding.Mention m && !concepts.contains(m.concept())) {
                concepts.add(m.concept());
                start = Math.min(start, m.evidence().start());
            }
        }
        return concepts.size() == 1 ? Optional.of(new Antecedent(concepts.get(0), start)) : Optional.empty();
    }

    /** The single concept the previous sentence's statements are about, if there is exactly one. */
    private static Optional<Antecedent> antecedent(List<Finding> previous) {
        List<String> concepts = new ArrayList<>();
        int start = Integer.MAX_VALUE;
        for (Finding finding : previous) {
            if (finding instanceof Finding.Role r) {
                concepts.add(r.concept());
                start = Math.min(start, r.evidence().start());
            } else if (finding instanceof Finding.Directive d) {
                concepts.addAll(d.objects());
                start = Math.min(start, d.evidence().start());
            }
        }
        List<String> distinct = concepts.stream().distinct().toList();
        return distinct.size() == 1 ? Optional.of(new Antecedent(distinct.get(0), start)) : Optional.empty();
    }
}
