package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role statements in running text: "X is the foundation of Y", "X is the prerequisite for Y",
 * "X is the highest form of Y as well as the lifeline of Z", "X is the top priority". X is the subject
 * of the clause (from the sentence start, or after "; " or ", and "); a coordinated X gives one
 * statement per concept. A subject that names no concept of the scheme but is a short noun phrase
 * becomes a candidate concept for a curator. "This is ..." is left to {@link ThisIsRoleRule}.
 */
final class CopulaRoleRule implements Rule {
    private static final Pattern COPULA =
            Pattern.compile("\\s(?:is|are|remains|remain|serves as|serve as|has become|have become|becomes)\\s+"
                    + "(?:also\\s+|still\\s+|always\\s+|indeed\\s+)?");
    private static final Pattern PREDICATE_JOIN = Pattern.compile("\\s(?:as well as|and)\\s");
    private static final Pattern PREDICATE_END = Pattern.compile("[.;:!?]|,\\s+and\\s+\\p{L}+\\s+(?:is|are)\\s");
    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?:this|that|these|those|which|what)\\b.*");
    private static final Pattern ROLE_ANAPHOR = Pattern.compile("(?:this|that|the)\\s+(\\p{L}+(?:\\s+\\p{L}+)?)");
    private static final Pattern LEADING_AND = Pattern.compile("(?:and|but|while)\\s+");
    private static final int MAX_SUBJECT_WORDS = 8;
    /** "Firmly holding on to the bottom line of X": a gerund clause as subject, whose objects take the role. */
    private static final Pattern GERUND_SUBJECT =
            Pattern.compile("(?:\\p{L}+ly\\s+)?(?!(?:no|some|any|every)?thing\\b|during\\b|morning\\b|evening\\b)"
                    + "\\p{L}{2,}ing\\s.*");

    private static final int MAX_GERUND_SUBJECT_WORDS = 14;

    private final CandidateConcepts candidates;

    CopulaRoleRule(CandidateConcepts candidates) {
        this.candidates = candidates;
    }

    @Override
    public String id() {
        return "copula-role";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        if (!(ctx.mentions(" is ", " are ", " remain", " serve", " become", " has become", " have become"))) {
            return List.of();
        }
        String f = ctx.folded();
        Span s = ctx.span();
        List<Finding> out = new ArrayList<>();
        List<String> lastSubject = List.of();
        Matcher copula = COPULA.matcher(f).region(s.start(), s.end());
        while (copula.find()) {
            Span subject = subjectBefore(f, s, copula.start());
            if (subject == null) {
                continue;
            }
            List<String> anaphor = roleAnaphor(ctx, subject.of(f));
            if (anaphor.isEmpty() && DEMONSTRATIVE.matcher(subject.of(f)).matches()) {
                continue;
            }
            List<Lexicon.Match> roles = predicateRoles(ctx, copula.end());
            if (roles.isEmpty()) {
                continue;
            }
            List<String> iris = new ArrayList<>();
            if (!anaphor.isEmpty()) {
                iris.addAll(anaphor); // "treating X as the purpose ...; this purpose is also fundamental"
            } else if (subject.of(f).equals("it")) {
                iris.addAll(lastSubject); // "X is the cornerstone, and it is also the prerequisite ..."
            } else {
                List<Lexicon.Match> concepts = Phrases.concepts(f, subject, ctx.concepts());
                boolean gerund = GERUND_SUBJECT.matcher(subject.of(f)).matches();
                if (!concepts.isEmpty() && (gerund || covers(subject, concepts))) {
                    concepts.forEach(c -> iris.add(c.iri()));
                } else {
                    candidates.of(ctx.text(), subject).ifPresent(iris::add);
                }
            }
            lastSubject = List.copyOf(iris);
            Span evidence =
                    new Span(subject.start(), roles.get(roles.size() - 1).span().end());
            for (String concept : iris) {
                for (Lexicon.Match role : roles) {
                    out.add(new Finding.Role(id(), concept, role.iri(), evidence, ctx.sentence()));
                }
            }
        }
        return out;
    }

    /**
     * The subject of the clause that ends at the copula: after the last clause break before it (a
     * semicolon, a comma closing an opening phrase, "that"), or null when it is too long to be one.
     */
    private static Span subjectBefore(String f, Span sentence, int copulaStart) {
        String before = f.substring(sentence.start(), copulaStart);
        int cut = 0;
        for (String mark : new String[] {";", ",", " that "}) {
            int at = before.lastIndexOf(mark);
            if (at >= 0) {
                cut = Math.max(cut, at + mark.length());
            }
        }
        Span subject = PageReader.trim(f, sentence.start() + cut, copulaStart);
        subject = new Span(skipConjunction(f, subject), subject.end());
        String text = subject.of(f);
        int words = Phrases.splitCount(text);
        if (text.isEmpty()
                || words > MAX_GERUND_SUBJECT_WORDS
                || words > MAX_SUBJECT_WORDS && !GERUND_SUBJECT.matcher(text).matches()) {
            return null;
        }
        return subject;
    }

    private static int skipConjunction(String f, Span s) {
        Matcher and = LEADING_AND.matcher(f).region(s.start(), s.end());
        return and.lookingAt() ? and.end() : s.start();
    }

    /** Role phrases heading the predicate or its coordinated parts ("the X of Y as well as the lifeline"). */
    private static List<Lexicon.Match> predicateRoles(SentenceContext ctx, int start) {
        String f = ctx.folded();
        Matcher end = PREDICATE_END.matcher(f).region(start, ctx.span().end());
        int limit = end.find() ? end.start() : ctx.span().end();
        List<Lexicon.Match> roles = new ArrayList<>();
        Phrases.roleAt(f, start, limit, ctx.roles()).ifPresent(roles::add);
        Matcher join = PREDICATE_JOIN.matcher(f).region(start, limit);
        while (join.find()) {
            Optional<Lexicon.Match> r = Phrases.roleAt(f, join.end(), limit, ctx.roles());
            if (r.isPresent()
                    && roles.stream().noneMatch(x -> x.span().equals(r.get().span()))) {
                roles.add(r.get());
            }
        }
        return roles;
    }

    /**
     * "this purpose", "the foundation": a role noun that takes up the concept just given that role, in
     * this sentence or the one before.
     */
    private static List<String> roleAnaphor(SentenceContext ctx, String subject) {
        Matcher m = ROLE_ANAPHOR.matcher(subject);
        if (!m.matches()) {
            return List.of();
        }
        Optional<String> role = ctx.roles().exact(m.group(1));
        if (role.isEmpty()) {
            return List.of();
        }
        List<Finding> before = new ArrayList<>(ctx.previous());
        before.addAll(ctx.earlier());
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i) instanceof Finding.Role r && r.role().equals(role.get())) {
                return List.of(r.concept());
            }
        }
        return List.of();
    }

    /** Whether the concepts account for the whole subject (not just a word inside a longer phrase). */
    private static boolean covers(Span subject, List<Lexicon.Match> concepts) {
        int covered = concepts.stream().mapToInt(c -> c.span().length()).sum();
        return covered * 2 >= subject.length();
    }
}
