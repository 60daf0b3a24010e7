package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.policykg.vocab.PKG;

/**
 * The inverted role statement: what is to be done named after the role. "(The) most fundamental is to
 * safeguard X and Y", and a role of the scheme as subject, "The top priority is to ensure X", "Our primary
 * task is to ...": each concept named in what is to be done takes the role.
 */
final class MostRoleRule implements Rule {
    private static final KeywordPattern MOST = new KeywordPattern(
            "(?:the\\s+)?most\\s+(\\p{L}+(?:\\s+\\p{L}+)?)\\s+(?:is|are)\\s+to\\s+\\p{L}+\\s+", "the", "most");
    /**
     * "The top priority is to ensure X", "Its fundamental purpose is to ...": a determiner, a phrase of up to
     * three words that {@link RolePhrases} reads as a role of the scheme, its complement if any ("the central
     * task of the whole Party", "the key in this work": up to four words), the copula (also "will be") and an
     * infinitive.
     */
    private static final KeywordPattern ROLE_FIRST = new KeywordPattern(
            "(the|our|its|their)\\s+(\\p{L}+(?:[\\s-]+\\p{L}+){0,2})"
                    + "(?:\\s+(?:of|for|in)\\s+\\p{L}+(?:\\s+\\p{L}+){0,3}?)?"
                    + "\\s+(?:is|are|remains|will\\s+be|will\\s+remain)\\s+to\\s+\\p{L}+\\s+",
            "the",
            "our",
            "its",
            "their");
    /**
     * "to realize the ", "in realizing the ", right before the phrase it is looked for before: a verb of what
     * is to be done and its object.
     */
    private static final java.util.regex.Pattern INFINITIVE_OBJECT =
            java.util.regex.Pattern.compile("(?:\\bto \\p{L}+|\\b\\p{L}+ing) (?:the |a |an )?$");
    /** The chars that end the object. */
    private static final CharSet OBJECT_END = CharSet.of(".;:!?");

    @Override
    public String id() {
        return "most-role";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        boolean most = ctx.mentions("most ");
        boolean toDo = ctx.mentions(" is to ", " are to ", " remains to ", " be to ", " remain to ");
        if (!most && !toDo) {
            return List.of();
        }
        String f = ctx.folded();
        int start = ctx.span().start();
        int end = ctx.span().end();
        List<Finding> out = new ArrayList<>();
        for (Matcher m = most ? MOST.find(f, start, start, end) : null;
                m != null;
                m = MOST.find(f, m.end(), start, end)) {
            Optional<String> role = ctx.roles().exact(m.group(1));
            if (role.isPresent()) {
                assign(ctx, m, role.get(), out);
            }
        }
        for (Matcher m = toDo ? ROLE_FIRST.find(f, start, start, end) : null;
                m != null;
                m = ROLE_FIRST.find(f, m.end(), start, end)) {
            if (!opensClause(f, start, m.start())) {
                continue; // "Taking X as the purpose is to ...": the role phrase ends a gerund subject
            }
            // only a role the scheme names, spanning the whole phrase: "the point is to ..." names none
            Optional<RolePhrases.RolePhrase> role = RolePhrases.knownAt(f, m.start(2), m.end(2), ctx.roles());
            if (role.isPresent() && role.get().span().end() == m.end(2)) {
                assign(ctx, m, role.get().iri(), out);
            }
        }
        return out;
    }

    /**
     * Whether {@code at} opens the sentence, a clause after "that" ("stressed that the key is to ...") or the
     * main clause after leading phrases closed by a comma ("According to X, from now on, the key is to ...").
     */
    private static boolean opensClause(String f, int sentenceStart, int at) {
        String before = f.substring(sentenceStart, at).strip();
        return before.isEmpty() || before.endsWith(" that") || before.equals("that") || before.endsWith(",");
    }

    /** Gives the role to each concept of the scheme named in what is to be done, up to the clause's end. */
    private void assign(SentenceContext ctx, Matcher m, String role, List<Finding> out) {
        String f = ctx.folded();
        Span object = new Span(m.end(), CharScan.firstOf(f, m.end(), ctx.span().end(), OBJECT_END));
        Span evidence = new Span(m.start(), object.end());
        List<Lexicon.Match> named = new ArrayList<>(ctx.concepts().find(f, object));
        // set phrases of the formulations scheme used as concepts, as the sentence's mentions read them, where
        // they are what is to be done to ("to realize the Second Centenary Goal"), not a word of its complement
        // ("the goal of building a great modern socialist country")
        for (Finding earlier : ctx.earlier()) {
            if (earlier instanceof Finding.Mention phrase
                    && phrase.concept().startsWith(PKG.FORMULATION_NS)
                    && phrase.evidence().start() >= object.start()
                    && phrase.evidence().end() <= object.end()
                    && (phrase.evidence().start() == object.start()
                            || INFINITIVE_OBJECT
                                    .matcher(f)
                                    .region(object.start(), phrase.evidence().start())
                                    .find())) {
                named.add(new Lexicon.Match(phrase.concept(), phrase.evidence()));
            }
        }
        named.sort(java.util.Comparator.comparingInt(c -> c.span().start()));
        named.stream()
                .map(Lexicon.Match::iri)
                .distinct()
                .forEach(c -> out.add(new Finding.Role(id(), c, role, evidence, ctx.sentence())));
    }
}
