package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dialectical pairs and overall-planning couples: "overall planning for A and B, C and D, and E and F"
 * gives one pair per couple; "coordinate development and security", "balance X and Y" likewise. A
 * couple of actions ("safeguarding and shaping national security") pairs the verbs' lemmas.
 */
final class PairRule implements Rule {
    /** {@code \\b} + this, tried only where one of its first words stands (most offsets of a sentence start none). */
    static final KeywordPattern TRIGGER = new KeywordPattern(
            "(?:overall planning (?:for|of)"
                    + "|(?:coordinat|balanc)(?:e|es|ed|ing)(?: both)?"
                    // "place equal emphasis on development and security" (两手抓): the two are weighed as one couple
                    + "|(?:plac|putt?|lay|lai|giv|attach)(?:e|es|ed|ing|s|d|ing)?\\s+equal\\s+(?:emphasis|weight|importance|attention)"
                    + "\\s+(?:on|to)"
                    + "|(?:the\\s+)?(?:two|both)\\s+(?:major\\s+|great\\s+)?(?:issues|matters|aspects|tasks|things)\\s+of)"
                    + "\\s+(?:the\\s+)?",
            "overall",
            "coordinat",
            "balanc",
            "plac",
            "put",
            "lay",
            "lai",
            "giv",
            "attach",
            "the",
            "two",
            "both");

    private static final int MAX_SIDE_WORDS = 3;

    private final CandidateConcepts candidates;

    PairRule(CandidateConcepts candidates) {
        this.candidates = candidates;
    }

    private static final Pattern SECOND_SIDE_END =
            Pattern.compile("\\s(?:and|in|at|for|with|to|so|while|through|by)\\s");
    private static final Pattern LIST_END = Pattern.compile("[.;:!?]");
    private static final Pattern ACTION_PAIR = Pattern.compile("^(\\p{L}+ing) and (\\p{L}+ing)\\b");

    @Override
    public String id() {
        return "pair";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        if (!(ctx.mentions("planning", "coordinat", "balanc", "two ", "both ", "ing and ", "equal "))) {
            return List.of();
        }
        String f = ctx.folded();
        Span s = ctx.span();
        List<Finding> out = new ArrayList<>();
        // the words each of the trigger's branches needs: "both" alone (common) is not enough to try it
        boolean triggerWords = ctx.mentions("overall planning", "coordinat", "balanc", "equal")
                || ctx.mentions("two", "both") && ctx.mentions("issues", "matters", "aspects", "tasks", "things");
        for (Matcher trigger = triggerWords ? TRIGGER.find(f, s.start(), s.start(), s.end()) : null;
                trigger != null;
                trigger = TRIGGER.find(f, trigger.end(), s.start(), s.end())) {
            Matcher end = LIST_END.matcher(f).region(trigger.end(), s.end());
            int listEnd = end.find() ? end.start() : s.end();
            for (Span couple : couples(f, new Span(trigger.end(), listEnd))) {
                pair(ctx, couple, trigger.start()).ifPresent(out::add);
            }
        }
        if (out.isEmpty()) {
            // a sentence opening with two coupled actions: "Safeguarding and shaping national security are ..."
            Matcher actions = ACTION_PAIR.matcher(f).region(s.start(), s.end());
            if (actions.lookingAt()) {
                actionPair(ctx, actions, s.start()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "A and B, C and D, and E and F" -> "A and B", "C and D", "E and F". */
    private static List<Span> couples(String f, Span list) {
        List<Span> out = new ArrayList<>();
        int from = list.start();
        while (from < list.end()) {
            int comma = f.indexOf(',', from);
            int to = comma < 0 || comma >= list.end() ? list.end() : comma;
            Span piece = PageReader.trim(f, from, to);
            String text = piece.of(f);
            if (text.startsWith("and ")) {
                piece = new Span(piece.start() + 4, piece.end());
            }
            if (piece.of(f).contains(" and ")) {
                out.add(piece);
            }
            from = to + 1;
        }
        return out;
    }

    private java.util.Optional<Finding> pair(SentenceContext ctx, Span whole, int clauseStart) {
        String f = ctx.folded();
        Span couple = ofOneAnd(f, whole);
        List<Lexicon.Match> concepts = Phrases.concepts(f, couple, ctx.concepts());
        Span evidence = new Span(clauseStart, couple.end());
        if (concepts.size() == 2) {
            return java.util.Optional.of(new Finding.Pair(
                    id(), concepts.get(0).iri(), concepts.get(1).iri(), evidence, ctx.sentence()));
        }
        Matcher actions = ACTION_PAIR.matcher(f).region(couple.start(), couple.end());
        if (actions.lookingAt()) {
            return actionPair(ctx, actions, clauseStart);
        }
        return candidatePair(ctx, couple, evidence);
    }

    /**
     * A couple has one "and": the second side ends before the next "and", a purpose clause or a phrase
     * that places the couple ("development and security in the digital field", "vitality and order and to
     * achieve ...").
     */
    private static Span ofOneAnd(String f, Span couple) {
        int and = f.indexOf(" and ", couple.start());
        if (and < 0 || and >= couple.end()) {
            return couple;
        }
        Matcher cut = SECOND_SIDE_END.matcher(f).region(and + 5, couple.end());
        // an empty second side ("A and and B") is no couple: leave the span for the checks after
        return cut.find() && cut.start() > and + 5 ? PageReader.trim(f, couple.start(), cut.start()) : couple;
    }

    /** Two short noun phrases outside the scheme ("domestic production and imports") pair as candidates. */
    private java.util.Optional<Finding> candidatePair(SentenceContext ctx, Span couple, Span evidence) {
        String f = ctx.folded();
        int and = f.indexOf(" and ", couple.start());
        if (and < 0 || and + 5 >= couple.end()) {
            return java.util.Optional.empty();
        }
        Span left = PageReader.trim(f, couple.start(), and);
        Span right = PageReader.trim(f, and + 5, couple.end());
        if (words(left.of(f)) > MAX_SIDE_WORDS || words(right.of(f)) > MAX_SIDE_WORDS) {
            return java.util.Optional.empty();
        }
        var l = candidates.of(ctx.text(), left);
        var r = candidates.of(ctx.text(), right);
        return l.isPresent() && r.isPresent()
                ? java.util.Optional.of(new Finding.Pair(id(), l.get(), r.get(), evidence, ctx.sentence()))
                : java.util.Optional.empty();
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : Phrases.splitCount(s.strip());
    }

    private java.util.Optional<Finding> actionPair(SentenceContext ctx, Matcher actions, int clauseStart) {
        String a = ctx.lexicons().verbLemma(actions.group(1));
        String b = ctx.lexicons().verbLemma(actions.group(2));
        if (a == null || b == null) {
            return java.util.Optional.empty();
        }
        Span evidence = new Span(clauseStart, actions.end());
        return java.util.Optional.of(new Finding.Pair(id(), a, b, evidence, ctx.sentence()));
    }
}
