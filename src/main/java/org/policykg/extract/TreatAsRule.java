package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.extract.RolePhrases.RolePhrase;

/**
 * The 以X为Y and 把X作为Y constructions in translation: "treating X as Y", "take / regard / view X as
 * Y", "with X as Y", "make X the Y (of Z)". Each concept of X gets role Y, a role of the scheme or a
 * candidate role; a list that goes on ("X as Y, Z as W, and V as U") is followed, whatever its roles.
 */
final class TreatAsRule implements Rule {
    /**
     * {@code \\b} + this, tried only where one of its first words stands: "with" and "make" are in many
     * sentences, and the expression alone would be tried at every offset of each.
     */
    static final KeywordPattern VERB = new KeywordPattern(
            "(?:treat|treats|treating|treated|take|takes|taking|took|taken|adopt|adopts|adopting|adopted"
                    + "|regard|regards|regarding|regarded|view|views|viewing|viewed|achieve|achieves|achieving"
                    + "|establish|establishes|establishing|designate|designating"
                    // 把X作为Y rendered with other verbs: "ensure X as the top priority", "list X as a key task"
                    + "|ensure|ensures|ensuring|ensured|consider|considers|considering|considered"
                    + "|see|sees|seeing|saw|identify|identifies|identifying|identified|list|lists|listing"
                    + "|position|positions|positioning|positioned|set|sets|setting|define|defines|defining"
                    + "|with|make|makes|making|made)\\s+",
            "treat",
            "tak",
            "took",
            "adopt",
            "regard",
            "view",
            "achiev",
            "establish",
            "designat",
            "ensur",
            "consider",
            "see",
            "saw",
            "identif",
            "list",
            "position",
            "set",
            "defin",
            "with",
            "mak",
            "made");

    /** What a role phrase relates its concept to: "as the foundation of economic security". */
    private static final Pattern COMPLEMENT = Pattern.compile("^\\s+(?:of|for|to|in|on|behind)\\s[^,;:.!?]*");

    private static final Pattern CONTINUATION = Pattern.compile("^\\s*(?:,\\s*(?:and\\s+)?|;\\s*|\\s+and\\s+)");
    /** "set up X as Y": a particle after the verb makes another verb, whose object is no X of this frame. */
    private static final Set<String> PARTICLES = Set.of("up", "out", "forth", "off", "down", "aside", "about");

    private static final Set<String> PRONOUNS =
            Set.of("it", "this", "that", "them", "these", "those", "us", "we", "all", "which", "what");
    /** "make X the Y": the determiners that open Y after X. */
    private static final String[] MAKE_ROLE = {"the ", "a ", "an ", "our ", "its ", "their "};

    /** Adjectives of "make ADJ the X" ("make firm the foundation"), where X is an object, not a role. */
    private static final Set<String> MAKE_COMPLEMENTS = Set.of(
            "firm",
            "solid",
            "clear",
            "sure",
            "full",
            "good",
            "better",
            "best",
            "strong",
            "stronger",
            "great",
            "greater",
            "possible",
            "effective",
            "steady",
            "real",
            "concrete",
            "new",
            "active",
            "positive",
            "fresh",
            "known",
            "public",
            "available",
            "use");

    private static final int MAX_SUBJECT = 160;
    private static final int MAX_MAKE_OBJECT_WORDS = 6;

    private final CandidateConcepts candidates;

    TreatAsRule(CandidateConcepts candidates) {
        this.candidates = candidates;
    }

    /**
     * A body's proper name after "the": an acronym ("the WTO") or capitalised words ending in the head of
     * an organisation's name ("the United Nations", "the World Trade Organization"); a person holds a
     * title there, no role ("with Comrade X at its core").
     */
    private static final Pattern PROPER_NAME =
            Pattern.compile("\\s*the\\s+(?!Comrade\\b)(?:[A-Z]{2,6}|(?:[A-Z][\\w'’-]*\\s+(?:(?:of|and|the)\\s+)*){0,5}"
                    + "(?:Nations|Organi[sz]ation|Union|Council|Assembly|Association|Bank|Fund|Forum|Conference"
                    + "|Community|Alliance))\\s*");

    /** "with X at its core", "with X at the core": the one role "at" gives in these frames. */
    private static final Pattern AT_CORE = Pattern.compile(" at (?:its|the|their) core\\b");

    @Override
    public String id() {
        return "treat-as";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        if (!(ctx.mentions(" as ", "make", "made", " core"))) {
            return List.of();
        }
        String f = ctx.folded();
        Span s = ctx.span();
        List<Finding> out = new ArrayList<>();
        int from = s.start();
        // the region starts at from, as region(from, end) + find() had it (\b sees nothing before from)
        for (Matcher verb = VERB.find(f, from, from, s.end());
                verb != null;
                verb = from < s.end() ? VERB.find(f, from, from, s.end()) : null) {
            String word = verb.group().strip();
            boolean make = word.startsWith("mak") || word.equals("made");
            boolean with = word.equals("with");
            int clauseStart = verb.start();
            Optional<Integer> end = make
                    ? makePair(ctx, verb.end(), clauseStart, out)
                    : nextPair(ctx, verb.end(), clauseStart, with, out);
            if (end.isEmpty()) {
                from = verb.end();
                continue;
            }
            int at = end.get();
            // "X as Y, Z as W, and V as U": each further pair shares the verb, whatever role it names
            while (!make) {
                Matcher cont = CONTINUATION.matcher(f).region(afterComplement(f, at, s.end()), s.end());
                if (!cont.lookingAt()) {
                    break;
                }
                Optional<Integer> next = nextPair(ctx, cont.end(), clauseStart, with, out);
                if (next.isEmpty()) {
                    break;
                }
                at = next.get();
            }
            from = at;
        }
        return out;
    }

    /** Reads "X as Y" at {@code start}; adds its findings and returns the end of Y. */
    private Optional<Integer> nextPair(
            SentenceContext ctx, int start, int clauseStart, boolean with, List<Finding> out) {
        String f = ctx.folded();
        int limit = Math.min(ctx.span().end(), start + MAX_SUBJECT);
        int as = closingAs(f, start, limit);
        if (with) {
            // "with X at its core": " at " closes X as " as " does, and is as long
            Matcher core = atCore(f, start, limit);
            if (core != null && (as < 0 || core.start() < as)) {
                // "at the core" is also a place ("the town with the old market at its core"): only a concept
                // of the scheme takes it, or a body named by its proper name ("the international system with
                // the United Nations at its core")
                Span x = new Span(start, core.start());
                List<Lexicon.Match> named = Phrases.concepts(f, x, ctx.concepts());
                if ((named.isEmpty() || !Phrases.covers(f, x, named))
                        && !PROPER_NAME
                                .matcher(ctx.text())
                                .region(x.start(), x.end())
                                .matches()) {
                    return Optional.empty();
                }
                as = core.start();
            }
        }
        if (as < 0 || as + 4 > ctx.span().end()) {
            return Optional.empty();
        }
        Optional<RolePhrase> role = RolePhrases.at(f, as + 4, ctx.span().end(), ctx.roles());
        if (role.isEmpty()) {
            return Optional.empty();
        }
        Span subject = new Span(start, as);
        if (PARTICLES.contains(firstWord(subject.of(f)))) {
            return Optional.empty();
        }
        if (with && (hasClauseBreak(f, subject) || namesActor(ctx, subject))) {
            return Optional.empty(); // "with Comrade X as the core": a person's title, not a concept's role
        }
        return assign(ctx, subject, role.get(), clauseStart, out)
                ? Optional.of(role.get().span().end())
                : Optional.empty();
    }

    /** "make X the Y (of Z)": X is the words up to the determiner that opens a role phrase. */
    private Optional<Integer> makePair(SentenceContext ctx, int start, int clauseStart, List<Finding> out) {
        String f = ctx.folded();
        int limit = Math.min(ctx.span().end(), start + MAX_SUBJECT);
        for (int det = roleDeterminer(f, start, limit); det >= 0; det = roleDeterminer(f, det + 1, limit)) {
            Span subject = new Span(start, det);
            String first = firstWord(subject.of(f));
            if (Phrases.splitCount(subject.of(f).strip()) > MAX_MAKE_OBJECT_WORDS
                    || hasClauseBreak(f, subject)
                    || MAKE_COMPLEMENTS.contains(first)
                    || first.endsWith("ly")) {
                return Optional.empty(); // "make firm the foundation", "make full use of": no object given a role
            }
            Optional<RolePhrase> role = RolePhrases.at(f, det + 1, ctx.span().end(), ctx.roles());
            if (role.isPresent()) {
                return assign(ctx, subject, role.get(), clauseStart, out)
                        ? Optional.of(role.get().span().end())
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The first space in {@code [from, limit)} before a determiner that opens a role phrase, with that word
     * and its space inside the limit too; -1 when there is none.
     */
    private static int roleDeterminer(String f, int from, int limit) {
        for (int p = from; p < limit; p++) {
            if (f.charAt(p) != ' ') {
                continue;
            }
            for (String d : MAKE_ROLE) {
                if (p + 1 + d.length() <= limit && f.startsWith(d, p + 1)) {
                    return p;
                }
            }
        }
        return -1;
    }

    private boolean assign(SentenceContext ctx, Span subject, RolePhrase role, int clauseStart, List<Finding> out) {
        String f = ctx.folded();
        String words = subject.of(f).strip();
        if (words.isEmpty() || PRONOUNS.contains(words)) {
            return false;
        }
        List<Lexicon.Match> matches = Phrases.concepts(f, subject, ctx.concepts());
        List<String> concepts = matches.stream().map(Lexicon.Match::iri).toList();
        if (role.candidate() && !concepts.isEmpty() && !Phrases.covers(f, subject, matches)) {
            // a concept inside a longer phrase ("the implementation of X leadership") is not what a role
            // outside the scheme is given: too weak a reading to keep
            return false;
        }
        if (concepts.isEmpty()) {
            // "take coal as the foundation", "reform and innovation as driving forces": short noun
            // phrases outside the scheme are candidates, one a conjunct
            concepts = candidates.ofConjuncts(ctx.text(), f, subject, ctx.lexicons());
        }
        if (concepts.isEmpty()) {
            return false;
        }
        Span evidence = new Span(clauseStart, role.span().end());
        for (String c : concepts) {
            out.add(new Finding.Role(id(), c, role.iri(), evidence, ctx.sentence()));
        }
        return true;
    }

    /**
     * The " as " that closes X: the first one that is not part of "such as", "as well as" or "as soon
     * as", so "food security as well as energy security as the foundation" keeps both concepts.
     */
    private static int closingAs(String f, int start, int limit) {
        // bounded: indexOf would read on to the next " as " anywhere in the text
        int as = CharScan.indexOf(f, " as ", start, limit);
        while (as > start) {
            // ", as the foundation of its industry is coal": after a comma "as" is a conjunction
            boolean conjunction = as > 0 && f.charAt(as - 1) == ',';
            boolean such = as >= 5 && f.startsWith("such", as - 4);
            boolean wellAs = f.startsWith(" as well as ", as) || f.startsWith(" as soon as ", as);
            boolean secondOfPair = as >= 8 && (f.startsWith("as well", as - 7) || f.startsWith("as soon", as - 7));
            if (conjunction) {
                return -1;
            }
            if (!such && !wellAs && !secondOfPair) {
                return as;
            }
            as = CharScan.indexOf(f, " as ", as + 4, limit);
        }
        return -1;
    }

    /**
     * The first {@link #AT_CORE} in {@code [start, limit)}, or null: tried only where its " at " stands, as
     * most "with" phrases have none and {@code find()} would try the expression at every offset.
     */
    private static Matcher atCore(String f, int start, int limit) {
        for (int at = CharScan.indexOf(f, " at ", start, limit);
                at >= 0;
                at = CharScan.indexOf(f, " at ", at + 1, limit)) {
            Matcher core = AT_CORE.matcher(f).region(at, limit);
            if (core.lookingAt()) {
                return core;
            }
        }
        return null;
    }

    /**
     * The end of the role phrase's complement at {@code at}, else {@code at}: "X as the foundation of Z, and
     * Y as a support" goes on after "of Z".
     */
    private static int afterComplement(String f, int at, int end) {
        Matcher complement = COMPLEMENT.matcher(f).region(at, end);
        return complement.lookingAt() && !complement.group().contains(" as ") ? complement.end() : at;
    }

    private static String firstWord(String s) {
        String t = s.strip();
        int space = t.indexOf(' ');
        return space < 0 ? t : t.substring(0, space);
    }

    private static boolean hasClauseBreak(String f, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            char c = f.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
                return true;
            }
        }
        return false;
    }

    private static boolean namesActor(SentenceContext ctx, Span subject) {
        return !ctx.find(ctx.lexicons().actors(), ctx.folded(), subject).isEmpty();
    }
}
