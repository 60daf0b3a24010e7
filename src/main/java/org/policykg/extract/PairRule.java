package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.vocab.PKG;

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
                    // "take coordinated steps to ensure A and B": the couples are the objects of the purpose verb
                    + "(?:\\s+(?:steps|efforts|measures|moves|actions?)\\s+to\\s+\\p{L}+)?"
                    // "coordinate the development of A and B" (协调发展): the couple is what develops
                    + "(?:\\s+(?:the\\s+)?(?:development|advancement)\\s+of(?:\\s+(?:its|their|our))?)?"
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

    /** The second side ends before a preposition, a purpose clause or the verb of its clause. */
    private static final Pattern SECOND_SIDE_END =
            Pattern.compile("\\s(?:and|in|at|for|with|to|so|while|through|by|that|which"
                    + "|is|are|was|were|has|have|had|will|would|should|must|can|could|remain|remains)\\s");
    /**
     * Weighing two things at once: "attach importance to both A and B", "give consideration to both A and B",
     * "stress both A and B", "the roles of both A and B" (既要…又要, 两手抓).
     */
    static final KeywordPattern BOTH_NOUNS = new KeywordPattern(
            "(?:(?:(?:attach|attaches|attached|attaching)\\s+)?"
                    + "(?:great\\s+|equal\\s+)?importance\\s+to|(?:give|gives|giving|given|gave)\\s+(?:full\\s+|due\\s+|equal\\s+)?"
                    + "(?:consideration|weight|attention)\\s+to|(?:stress|stresses|stressed|stressing|emphasi[sz]e|emphasi[sz]es"
                    + "|emphasi[sz]ed|emphasi[sz]ing|ensure|ensures|ensuring|consider|considering|combine|combining|integrate"
                    + "|integrating)|roles?\\s+of)\\s+both\\s+(?:the\\s+)?",
            "attach",
            "great",
            "equal",
            "importance",
            "giv",
            "gave",
            "stress",
            "emphasi",
            "ensur",
            "consider",
            "combin",
            "integrat",
            "role");
    /** Where the piece after a frame ends: compiled once, not per match. */
    /** Runs of spaces between words, compiled once: the pair rule splits sides on them per sentence. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern PIECE_END = Pattern.compile("[,.;:!?]");
    /** Two actions held together: "we will both V1 X and V2 Y" (既…又…). */
    static final KeywordPattern BOTH_ACTIONS = new KeywordPattern(
            "(?:will|must|should|shall|to|and|we|need to)\\s+both\\s+(?=\\p{L}+\\s)",
            "will",
            "must",
            "should",
            "shall",
            "to",
            "and",
            "we",
            "need");

    /** "work both to consolidate X and to encourage Y" (两个毫不动摇): the parallel "to" marks the two sides. */
    static final KeywordPattern BOTH_TO = new KeywordPattern("both\\s+to\\s+(?=\\p{L}+\\s)", "both");

    private static final Pattern AND_TO = Pattern.compile("\\s+and\\s+to\\s+(?=\\p{L})");

    private static final Pattern POSSESSIVE = Pattern.compile("^(?:our|their|its|his|her|my|your)\\s+(?=own\\s)");
    /**
     * Heads that add nothing to the sides they share: "both development and security imperatives" couples
     * development and security, "coordinated development and conservation efforts" development and conservation.
     */
    private static final Pattern LIGHT_HEAD =
            Pattern.compile("issues|imperatives|aspects|considerations|factors|dimensions|matters|efforts");
    /** A gerund couple opening a sentence is a couple when it is the subject of the verb after it. */
    private static final Pattern FINITE_VERB = Pattern.compile(
            "\\s(?:is|are|was|were|remain|remains|constitute|constitutes|form|forms|go|goes|complement)\\s");

    private static final CharSet LIST_END = CharSet.of(".;:!?");
    private static final Pattern NOT_ONLY = Pattern.compile("\\b(?:should|must|shall|need\\s+to|have\\s+to|will|to)\\s+"
            + "not\\s+only\\s+(\\p{L}+)\\b[^.;!?]{1,120}?\\bbut\\s+(?:also\\s+)?(\\p{L}+)\\b");
    private static final Pattern COMPARATIVE = Pattern.compile("(?:greater|better|stronger|more)\\s+");
    private static final Pattern ACTION_PAIR = Pattern.compile("^(\\p{L}+ing) and (\\p{L}+ing)\\b");

    @Override
    public String id() {
        return "pair";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        List<Finding> found = framed(ctx);
        return found.isEmpty() && ctx.mentions(" and ") ? StandingCouples.find(ctx, id()) : found;
    }

    /** The couples a frame introduces: a trigger, "both", the fixed shapes, two coupled actions. */
    private List<Finding> framed(SentenceContext ctx) {
        if (!(ctx.mentions(
                        "planning",
                        "coordinat",
                        "balanc",
                        "two ",
                        "both ",
                        "ing and ",
                        "equal ",
                        " while ",
                        " through ",
                        " before ",
                        "importance",
                        "not only")
                || ctx.mentions(RelatedCouples.WORDS))) {
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
            int listEnd = CharScan.firstOf(f, trigger.end(), s.end(), LIST_END);
            if (f.startsWith("and ", trigger.end())) {
                continue; // "coordinating and cooperative mechanisms": the trigger word is itself one side
            }
            for (Span couple : couples(f, new Span(trigger.end(), listEnd))) {
                // "coordination between A and B" relates two parties; it does not plan a couple
                if (!couple.of(f).contains("between ")) {
                    pair(ctx, couple, trigger.start()).ifPresent(out::add);
                }
            }
        }
        if (ctx.mentions("both ")) {
            both(ctx, out);
            if (ctx.mentions("both to ")) {
                bothTo(ctx, out);
            }
        }
        if (ctx.mentions(" while ", " through ", " before ")) {
            CoupleShapes.find(ctx, id(), out);
        }
        if (ctx.mentions("importance")) {
            CoupleShapes.importance(ctx, id(), out);
        }
        if (ctx.mentions("not only") && ctx.mentions("but also")) {
            notOnly(ctx, out);
        }
        if (ctx.mentions(RelatedCouples.WORDS)) {
            for (RelatedCouples.Couple c : RelatedCouples.find(ctx)) {
                if (out.stream().noneMatch(o -> o.evidence().overlaps(c.couple()))) {
                    related(ctx, c).ifPresent(out::add);
                }
            }
        }
        if (out.isEmpty()) {
            // a sentence opening with two coupled actions: "Safeguarding and shaping national security are ..."
            Matcher actions = ACTION_PAIR.matcher(f).region(s.start(), s.end());
            if (opensWithGerundAnd(f, s)
                    && actions.lookingAt()
                    && FINITE_VERB.matcher(f).region(actions.end(), s.end()).find()) {
                actionPair(ctx, actions, s.start()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "attach importance to both A and B"; "we will both V1 X and V2 Y". One couple: it ends at the comma. */
    private void both(SentenceContext ctx, List<Finding> out) {
        String f = ctx.folded();
        Span s = ctx.span();
        for (Matcher nouns = BOTH_NOUNS.find(f, s.start(), s.start(), s.end());
                nouns != null;
                nouns = BOTH_NOUNS.find(f, nouns.end(), s.start(), s.end())) {
            Span couple = firstPiece(f, nouns.end(), s.end());
            if (out.stream().noneMatch(o -> o.evidence().overlaps(couple))) {
                pair(ctx, couple, nouns.start()).ifPresent(out::add);
            }
        }
        for (Matcher actions = BOTH_ACTIONS.find(f, s.start(), s.start(), s.end());
                actions != null;
                actions = BOTH_ACTIONS.find(f, actions.end(), s.start(), s.end())) {
            Span couple = firstPiece(f, actions.end(), s.end());
            if (out.stream().noneMatch(o -> o.evidence().overlaps(couple))) {
                actions(ctx, couple, actions.start()).ifPresent(out::add);
            }
        }
    }

    /**
     * "we should not only V1 X, but also V2 Y" (既要…也要): two actions a text holds together, as "both V1 and
     * V2" does; the verbs after a modal, each a verb of the lexicon.
     */
    private void notOnly(SentenceContext ctx, List<Finding> out) {
        String f = ctx.folded();
        Span s = ctx.span();
        Matcher m = NOT_ONLY.matcher(f).region(s.start(), s.end());
        while (m.find()) {
            String a = ctx.lexicons().verbLemma(m.group(1));
            String b = ctx.lexicons().verbLemma(m.group(2));
            Span evidence = new Span(m.start(), m.end());
            if (a != null
                    && b != null
                    && !a.equals(b)
                    && out.stream().noneMatch(o -> o.evidence().overlaps(evidence))) {
                out.add(new Finding.Pair(id(), a, b, evidence, ctx.sentence()));
            }
        }
    }

    /**
     * "both to V1 A and to V2 B": each side names one concept of the scheme, what its verbs act on ("both to
     * consolidate the public sector and to encourage, support and guide the non-public sector").
     */
    private void bothTo(SentenceContext ctx, List<Finding> out) {
        String f = ctx.folded();
        Span s = ctx.span();
        for (Matcher both = BOTH_TO.find(f, s.start(), s.start(), s.end());
                both != null;
                both = BOTH_TO.find(f, both.end(), s.start(), s.end())) {
            int clauseEnd = CharScan.firstOf(f, both.end(), s.end(), LIST_END);
            Matcher andTo = AND_TO.matcher(f).region(both.end(), clauseEnd);
            if (!andTo.find()) {
                continue;
            }
            List<String> a = conceptsIn(ctx, new Span(both.end(), andTo.start()));
            List<String> b = conceptsIn(ctx, new Span(andTo.end(), clauseEnd));
            Span evidence = new Span(both.start(), clauseEnd);
            if (a.size() == 1
                    && b.size() == 1
                    && !a.equals(b)
                    && out.stream().noneMatch(o -> o.evidence().overlaps(evidence))) {
                out.add(new Finding.Pair(id(), a.get(0), b.get(0), evidence, ctx.sentence()));
            }
        }
    }

    private static List<String> conceptsIn(SentenceContext ctx, Span side) {
        return ctx.find(ctx.concepts(), ctx.folded(), side).stream()
                .map(Lexicon.Match::iri)
                .distinct()
                .toList();
    }

    private static Span firstPiece(String f, int from, int sentenceEnd) {
        Matcher end = PIECE_END.matcher(f).region(from, sentenceEnd);
        return PageReader.trim(f, from, end.find() ? end.start() : sentenceEnd);
    }

    /**
     * "both pursue development and safeguard security": the objects pair when both are concepts or bare
     * nouns; otherwise the actions do ("both uphold national security and create the conditions").
     */
    private java.util.Optional<Finding> actions(SentenceContext ctx, Span whole, int clauseStart) {
        String f = ctx.folded();
        Span couple = ofOneAnd(f, whole);
        int and = f.indexOf(" and ", couple.start());
        if (and < 0 || and >= couple.end()) {
            return java.util.Optional.empty();
        }
        String[] left = SPACES.split(PageReader.trim(f, couple.start(), and).of(f), 2);
        String[] right = SPACES.split(PageReader.trim(f, and + 5, couple.end()).of(f), 2);
        String a = ctx.lexicons().verbLemma(left[0]);
        String b = ctx.lexicons().verbLemma(right[0]);
        if (a == null || b == null || left.length < 2 || right.length < 2) {
            return java.util.Optional.empty();
        }
        Span evidence = new Span(clauseStart, couple.end());
        java.util.Optional<String> x = CoupleShapes.side(ctx, left[1]);
        java.util.Optional<String> y = CoupleShapes.side(ctx, right[1]);
        if (x.isPresent() && y.isPresent()) {
            return java.util.Optional.of(new Finding.Pair(id(), x.get(), y.get(), evidence, ctx.sentence()));
        }
        return java.util.Optional.of(new Finding.Pair(id(), a, b, evidence, ctx.sentence()));
    }

    /**
     * Whether the sentence's first run of letters ends in "ing" and " and " follows it: what {@link
     * #ACTION_PAIR} needs before it can match, tested first as most sentences open otherwise.
     */
    private static boolean opensWithGerundAnd(String f, Span s) {
        int end = s.start();
        while (end < s.end() && Character.isLetter(f.codePointAt(end))) {
            end += Character.charCount(f.codePointAt(end));
        }
        return end - s.start() >= 4 && f.startsWith("ing", end - 3) && f.startsWith(" and ", end);
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
            if (!piece.of(f).contains(" and ")) {
                // "... coordinated development, and written ...": a piece without a couple ends the list
                break;
            }
            out.add(piece);
            from = to + 1;
        }
        return out;
    }

    private java.util.Optional<Finding> pair(SentenceContext ctx, Span whole, int clauseStart) {
        String f = ctx.folded();
        Span couple = withoutLightHead(f, ofOneAnd(f, whole));
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

    /** "greater security", "better development": a comparative that asks for more of a side is not part of it. */
    private static Span withoutComparative(String f, Span side) {
        Matcher m = COMPARATIVE.matcher(f).region(side.start(), side.end());
        return m.lookingAt() && m.end() < side.end() ? new Span(m.end(), side.end()) : side;
    }

    private static Span withoutLightHead(String f, Span couple) {
        int space = f.lastIndexOf(' ', couple.end() - 1);
        if (space > couple.start()
                && LIGHT_HEAD.matcher(f).region(space + 1, couple.end()).matches()) {
            return PageReader.trim(f, couple.start(), space);
        }
        return couple;
    }

    /** Two short noun phrases outside the scheme ("domestic production and imports") pair as candidates. */
    private java.util.Optional<Finding> candidatePair(SentenceContext ctx, Span couple, Span evidence) {
        String f = ctx.folded();
        int and = f.indexOf(" and ", couple.start());
        if (and < 0 || and + 5 >= couple.end()) {
            return java.util.Optional.empty();
        }
        Span left = PageReader.trim(f, couple.start(), and);
        // bounded: lastIndexOf would read back to the previous " at " anywhere in the text
        int at = CharScan.lastIndexOf(f, " at ", and, couple.start() + 1);
        if (at > couple.start() && words(left.of(f)) > MAX_SIDE_WORDS) {
            // "the overall situation at home and abroad": the couple is the two places of one thing
            left = PageReader.trim(f, at + 4, and);
        }
        Span right = withoutComparative(f, PageReader.trim(f, and + 5, couple.end()));
        left = withoutComparative(f, left);
        String[] rightFirst = SPACES.split(right.of(f), 2);
        if (words(left.of(f)) == 1 && rightFirst.length == 2 && StandingCouples.isCouple(left.of(f), rightFirst[0])) {
            // "balanced material and spiritual advancement": the standing couple, not two phrases of its head
            var a = CoupleShapes.side(ctx, left.of(f));
            var b = CoupleShapes.side(ctx, rightFirst[0]);
            return a.isPresent() && b.isPresent()
                    ? java.util.Optional.of(new Finding.Pair(id(), a.get(), b.get(), evidence, ctx.sentence()))
                    : java.util.Optional.empty();
        }
        if (words(left.of(f)) > MAX_SIDE_WORDS || words(right.of(f)) > MAX_SIDE_WORDS) {
            return java.util.Optional.empty();
        }
        // a side the scheme names keeps the scheme's concept: "development and national security"
        var lc = scheme(ctx, left.of(f));
        var rc = scheme(ctx, right.of(f));
        var l = lc.isPresent() ? lc : candidates.of(ctx.text(), left);
        var r = rc.isPresent() ? rc : candidates.of(ctx.text(), right);
        String[] rightWords = SPACES.split(right.of(f));
        if (words(left.of(f)) == 1
                && rightWords.length == 2
                && l.isPresent()
                && r.isPresent()
                && rc.isEmpty()
                && !CoupleShapes.NOT_A_NOUN.matcher(rightWords[0]).matches()
                && !rightWords[0].endsWith("ing")
                && ctx.lexicons().verbLemma(rightWords[0]) == null) {
            // "industrial and innovation chains": the one-word side is a modifier of the head they share
            l = java.util.Optional.of(PKG.CANDIDATE_NS + CandidateConcepts.slug(left.of(f) + " " + rightWords[1]));
        }
        return l.isPresent() && r.isPresent()
                ? java.util.Optional.of(new Finding.Pair(id(), l.get(), r.get(), evidence, ctx.sentence()))
                : java.util.Optional.empty();
    }

    /**
     * The scheme's concept a side names, also where a possessive stands for the labels' "one's" ("our own
     * security" is "one's own security").
     */
    private static java.util.Optional<String> scheme(SentenceContext ctx, String side) {
        String s = POSSESSIVE.matcher(side.strip()).replaceFirst("one's ");
        return ctx.concepts().exact(s, 0, s.length());
    }

    /** A couple {@link RelatedCouples} found: "A and B" as the frames read it, "A with B" side by side. */
    private java.util.Optional<Finding> related(SentenceContext ctx, RelatedCouples.Couple c) {
        String f = ctx.folded();
        if (c.left() == null) {
            return pair(ctx, c.couple(), c.clauseStart());
        }
        Span left =
                withoutArticle(f, PageReader.trim(f, c.left().start(), c.left().end()));
        Span right = withoutArticle(
                f,
                withoutTail(f, PageReader.trim(f, c.right().start(), c.right().end())));
        Span evidence = new Span(c.clauseStart(), right.end());
        var a = side(ctx, left, c.schemeOnly());
        var b = side(ctx, right, c.schemeOnly());
        return a.isPresent() && b.isPresent() && !a.equals(b)
                ? java.util.Optional.of(new Finding.Pair(id(), a.get(), b.get(), evidence, ctx.sentence()))
                : java.util.Optional.empty();
    }

    /** One side of "A with B": the one concept it names, else its words as a candidate when short. */
    private java.util.Optional<String> side(SentenceContext ctx, Span side, boolean schemeOnly) {
        List<Lexicon.Match> concepts = Phrases.concepts(ctx.folded(), side, ctx.concepts());
        if (concepts.size() == 1) {
            return java.util.Optional.of(concepts.get(0).iri());
        }
        var known = scheme(ctx, side.of(ctx.folded()));
        if (schemeOnly || known.isPresent() || !concepts.isEmpty() || words(side.of(ctx.folded())) > MAX_SIDE_WORDS) {
            return known;
        }
        return candidates.of(ctx.text(), side);
    }

    private static Span withoutArticle(String f, Span side) {
        return f.startsWith("the ", side.start()) && side.length() > 4 ? new Span(side.start() + 4, side.end()) : side;
    }

    /** The side before a phrase that places it: "security in the new era" is security. */
    private static Span withoutTail(String f, Span side) {
        Matcher cut = SECOND_SIDE_END.matcher(f).region(side.start(), side.end());
        return cut.find() && cut.start() > side.start() ? PageReader.trim(f, side.start(), cut.start()) : side;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : Phrases.splitCount(s.strip());
    }

    private java.util.Optional<Finding> actionPair(SentenceContext ctx, Matcher actions, int clauseStart) {
        String a = CoupleShapes.gerundLemma(ctx, actions.group(1));
        String b = CoupleShapes.gerundLemma(ctx, actions.group(2));
        Span evidence = new Span(clauseStart, actions.end());
        return java.util.Optional.of(new Finding.Pair(id(), a, b, evidence, ctx.sentence()));
    }
}
