package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.extract.Words.Word;

/**
 * Directives: instructions to act. A directive opens with a verb of the register's directive
 * vocabulary in one of three places: at the head of a sentence (the imperative: "Strengthen X",
 * "Resolutely oppose X", also "Improving X" as a heading, see {@link GerundHeading}), after a phrase of
 * obligation ("it is necessary to", "we must", "need to", "should", also across a hard line wrap, and
 * "X must be V-ed"), or coordinated with a directive before it in the same sentence ("improve X, and
 * strengthen Y", "establish and improve Z", "protect X and prevent Y"). Each verb gives its own
 * directive, keyed by its lemma ("continue to V" by continue, "ramp up" by ramp), with the words up to
 * the next directive or clause end as its object. Descriptions of what someone does ("Xi promotes
 * ..."), participles ("by adhering to"), noun subjects ("Work has begun") and purposes ("so as to V")
 * do not open a directive.
 */
final class DirectiveRule implements Rule {
    /** The first words of {@link #OBLIGATION}: where it is tried, and what a sentence must mention first. */
    private static final String[] OBLIGATION_WORDS = {
        "necessary",
        "imperative",
        "essential",
        "important",
        "crucial",
        "vital",
        "must",
        "should",
        "shall",
        "need",
        "have",
        "has",
        "ought"
    };
    /** {@code \\b(?:...)\\s+}, tried only where one of its first words stands. */
    static final KeywordPattern OBLIGATION = new KeywordPattern(
            "(?:(?:necessary|imperative|essential|important|crucial|vital)\\s+(?:for\\s+(?:us|\\p{L}+)\\s+)?to"
                    + "|must|should|shall|needs?\\s+to|have\\s+to|has\\s+to|ought\\s+to)"
                    // "we should, in accordance with the law, protect X": a phrase set off by commas
                    + "(?:\\s*,[^,;.]{1,60},)?\\s+",
            OBLIGATION_WORDS);
    /** Discourse openers before an imperative: "First of all, adhere ...", "At the same time, improve ...". */
    private static final Pattern OPENERS =
            Pattern.compile("(?:(?:first(?:\\s+of\\s+all)?|second(?:ly)?|third(?:ly)?|next"
                    + "|then|finally|furthermore|moreover|also|further|additionally|likewise|meanwhile|at\\s+the\\s+same\\s+time"
                    + "|in\\s+addition|in\\s+particular|on\\s+this\\s+basis|to\\s+this\\s+end|and)\\s*,?\\s+)+");
    /** The first words of the {@link #OPENERS}: the word at a sentence's start must be one for them to match. */
    private static final Set<String> OPENER_WORDS = Set.of(
            "first",
            "second",
            "secondly",
            "third",
            "thirdly",
            "next",
            "then",
            "finally",
            "furthermore",
            "moreover",
            "also",
            "further",
            "additionally",
            "likewise",
            "meanwhile",
            "at",
            "in",
            "on",
            "to",
            "and");
    /** The first words of the {@link LeadingPhrase}'s prepositions; else its first word must end in "-ing". */
    private static final Set<String> LEADING_WORDS =
            Set.of("in", "on", "at", "with", "for", "under", "through", "by", "from", "as", "according");

    /** "we must do the following: V1 ..., V2 ...": the list after the colon holds the directives. */
    private static final Pattern THE_FOLLOWING = Pattern.compile("do the following[^:]{0,80}:\\s*");
    /** An obligation inside a relative clause describes its noun ("issues that need to be solved"). */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:that|which|who)\\s+(?:\\p{L}+\\s+)?$");
    /** How far back a hard-wrapped line's obligation is sought on the line before, and on in this one. */
    private static final int WRAP_LOOKBACK = 40;

    private static final Pattern MODAL = Pattern.compile("(?:must|should|shall)\\s");
    /** A word that can be a verb's base form: no inflection, no adverb ending, not a number. */
    private static final Pattern BASE_FORM = Pattern.compile("[a-z]{3,}(?<!ed|ing|ly|[^s]s)");

    private static final Set<String> NOT_VERBS =
            Set.of("not", "never", "the", "this", "that", "now", "then", "all", "also", "and", "or");
    /** Words after a sentence's first word that make it a noun subject: "Work has begun", "Reform will be". */
    private static final Set<String> AFTER_SUBJECT = Words.auxiliariesAnd("of");
    /** Adverbs without the "-ly" ending that stand before a directive verb: "better leverage", "well protect". */
    private static final Set<String> BARE_ADVERBS = Set.of("better", "well", "further", "still", "always");
    /** Words that open an object: "and build a solid barrier", "and raise the level". */
    private static final Set<String> OBJECT_OPENERS =
            Set.of("a", "an", "the", "our", "its", "their", "all", "every", "each", "more", "new");

    /** Directive verbs that are as often nouns: after a bare "and" they need an article to be read as verbs. */
    private static final Set<String> NOUN_LIKE = Set.of(
            "act",
            "balance",
            "deal",
            "design",
            "drive",
            "exercise",
            "fight",
            "focus",
            "form",
            "guarantee",
            "help",
            "increase",
            "lead",
            "limit",
            "master",
            "monitor",
            "move",
            "place",
            "plan",
            "reform",
            "respect",
            "review",
            "set",
            "shift",
            "stress",
            "study",
            "support",
            "use",
            "value",
            "work",
            "win",
            "offer",
            "step",
            "push",
            "strike",
            "pool",
            "combat",
            "train",
            "stop",
            "open");

    private static final Set<String> SUBORDINATORS = Set.of(
            "how", "that", "which", "who", "whom", "whose", "where", "when", "whether", "while", "if", "because", "so");
    /** Regular participles whose stem ends so keep it as the base form: "corrected", "reported". */
    private static final Set<String> STEM_IS_BASE =
            Set.of("ct", "rt", "st", "nd", "ss", "sh", "rm", "pt", "lt", "ft", "ck", "rd", "nt");
    /** Regular participles whose base form adds an "e" to the stem: "standardized", "reduced", "improved". */
    private static final Set<String> STEM_TAKES_E = Set.of("iz", "uc", "nc", "rg", "dg", "ur", "rv", "lv", "ov");

    private static final Set<String> SEE_COMPLEMENTS = Set.of("that", "to");
    /** Words after a verb's place that show it is a noun: "and support for", "and use of", "and reform in". */
    private static final Set<String> NOT_OBJECT = Set.of(
            "of", "for", "to", "in", "on", "at", "by", "from", "with", "and", "or", "is", "are", "was", "were", "as",
            "between", "among", "that", "which", "than", "into", "who");

    /** Verbs whose past participle is their base form: after "be" they are passives ("must be set up"). */
    private static final Set<String> SAME_PARTICIPLE =
            Set.of("set", "put", "cut", "let", "spread", "shut", "hit", "cost", "read", "run", "upset", "broadcast");
    /**
     * Persons before an obligation to be so ("we must be ready", "Party members should be aware"): of a policy or
     * a figure ("policy should be more targeted", "output must be stable") it states an aim, not a directive.
     */
    private static final Pattern PERSONS_OBLIGED = Pattern.compile(
            "\\b(?:we|you|members|officials|cadres|leaders|communists|organizations|organisations)\\s+(?:\\p{L}+ly\\s+)?$");
    /** A plural noun after "be" ("must be pioneers", "be people of our word"): a predicate noun, no state. */
    private static final Pattern PLURAL_NOUN = Pattern.compile("people|[a-z]+(?<![su])s");
    /** Negations between an obligation and its verb. */
    private static final Set<String> NEGATIONS = Set.of("not", "never", "neither");
    /** A speaker or the speaker's people before "shall": a pledge ("we shall ..."), not a stipulation. */
    private static final Pattern PLEDGING_SUBJECT = Pattern.compile("\\b(?:we|i)\\s+$");

    private static final Set<String> FILLERS =
            Set.of("also", "further", "still", "always", "all", "both", "be", "able");
    private static final Set<String> PARTICLES =
            Set.of("to", "on", "up", "out", "down", "away", "in", "forward", "with");
    /** The chars that end a directive's object. */
    private static final CharSet OBJECT_END = CharSet.of(".;:!?");

    @Override
    public String id() {
        return "directive";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        if (!ctx.memo().hasLatin()) {
            return List.of(); // a sentence in Han characters alone: ChineseDirectiveRule reads it
        }
        String f = ctx.folded();
        List<Word> words = ctx.words().list();
        if (words.isEmpty()) {
            return List.of();
        }
        List<Integer> verbs = new ArrayList<>();
        java.util.Optional<Integer> opening = imperative(ctx, words);
        opening.ifPresent(verbs::add);
        afterColons(ctx, words, verbs);
        wrappedObligation(ctx, words, verbs);
        List<Integer> states = new ArrayList<>();
        obligations(ctx, words, verbs, states);
        // only a heading opens with a gerund (see imperative), and its coordinated verbs are gerunds too
        boolean heading = opening.isPresent() && words.get(opening.get()).text().endsWith("ing");
        coordinated(ctx, words, verbs, heading);
        verbs.addAll(states); // "must be ready to V1 and V2": the state obliged coordinates no verb after it
        verbs.sort(Integer::compare);
        List<Finding> out = new ArrayList<>();
        for (int k = 0; k < verbs.size(); k++) {
            int v = verbs.get(k);
            if (k > 0 && verbs.get(k - 1) == v) {
                continue;
            }
            int limit = k + 1 < verbs.size()
                    ? words.get(verbs.get(k + 1)).span().start()
                    : ctx.span().end();
            out.add(directive(ctx, words, v, limit));
        }
        return out;
    }

    /** The offset {@code n} chars before {@code from}, not before {@code floor}, a run of spaces counting as one. */
    static int charsBack(String f, int from, int n, int floor) {
        int i = from;
        while (n > 0 && i > floor) {
            i--;
            while (i > floor && Character.isWhitespace(f.charAt(i)) && Character.isWhitespace(f.charAt(i - 1))) {
                i--;
            }
            n--;
        }
        return i;
    }

    /** The verb a sentence opens with, after discourse openers and adverbs ("First of all, adhere"). */
    private java.util.Optional<Integer> imperative(SentenceContext ctx, List<Word> words) {
        // a hard-wrapped line that opens in lower case goes on with the sentence of the line before
        if (opensInLowerCase(ctx, words)) {
            return java.util.Optional.empty();
        }
        int pos = ctx.span().start();
        if (opensOpener(ctx.folded(), pos, ctx.span().end())) {
            Matcher opener =
                    OPENERS.matcher(ctx.folded()).region(pos, ctx.span().end());
            if (opener.lookingAt()) {
                pos = opener.end();
            }
        }
        int leading = mayLead(ctx.folded(), pos, ctx.span().end())
                ? LeadingPhrase.end(ctx.folded(), pos, ctx.span().end())
                : -1;
        // "Taking X as the purpose is to put ..., adhere to ...": a gerund clause with a finite verb of
        // its own is the subject of an explanation, not a phrase leading into an imperative
        if (leading >= 0 && !LeadingPhrase.holdsFiniteVerb(ctx.folded(), pos, leading)) {
            java.util.Optional<Integer> after = opening(ctx, words, leading, false);
            // "(5) Treating X, Y and Z as guarantees.": a numbered heading whose object holds commas; on a
            // line without a number the phrase may as well lead into a clause
            return after.isPresent() || !GerundHeading.isItemHeading(ctx) ? after : opening(ctx, words, pos, true);
        }
        return opening(ctx, words, pos, true);
    }

    /** The verb at {@code pos}, after adverbs, when it opens an imperative (or, if {@code mayHead}, a heading). */
    private java.util.Optional<Integer> opening(SentenceContext ctx, List<Word> words, int pos, boolean mayHead) {
        int i = indexAt(words, pos);
        while (i >= 0 && i < words.size() && isModifier(words, i)) {
            i++;
        }
        if (i < 0 || i >= words.size()) {
            return java.util.Optional.empty();
        }
        String w = words.get(i).text();
        String lemma = ctx.lexicons().verbLemma(w);
        String next = i + 1 < words.size() ? words.get(i + 1).text() : "";
        // "Work has begun": a noun subject; "See Article 5" refers the reader on, "See that X" instructs
        if (lemma == null || AFTER_SUBJECT.contains(next) || lemma.equals("see") && !SEE_COMPLEMENTS.contains(next)) {
            return java.util.Optional.empty();
        }
        boolean base = w.equals(lemma);
        // "-ing" headings are imperatives in translation: "(10) Improving mechanisms ...", "IV. Developing X",
        // a line of its own, or a short run-in heading that opens a paragraph ("Strengthening X. China has ...")
        boolean headingGerund = mayHead && w.endsWith("ing") && GerundHeading.is(ctx, words, w, next);
        return base || headingGerund ? java.util.Optional.of(i) : java.util.Optional.empty();
    }

    /** Whether the char at {@code pos} can begin one of the {@link #OPENERS}: most sentences are passed over so. */
    private static boolean opensOpener(String f, int pos, int end) {
        return OPENER_WORDS.contains(f.substring(pos, lettersEnd(f, pos, end)));
    }

    /**
     * Whether the letters at {@code pos} can open a {@link LeadingPhrase}: one of its prepositions, or a
     * word ending in "-ing" (the expression wants a word boundary right after either).
     */
    private static boolean mayLead(String f, int pos, int end) {
        int e = lettersEnd(f, pos, end);
        return e - pos >= 4 && f.startsWith("ing", e - 3) || LEADING_WORDS.contains(f.substring(pos, e));
    }

    /** The end of the run of letters ({@code \\p{L}}) at {@code pos}, before {@code end}. */
    private static int lettersEnd(String f, int pos, int end) {
        int i = pos;
        while (i < end) {
            char c = f.charAt(i);
            // a surrogate pair that the end cuts in two is no letter, as for the expression's region
            int cp = Character.isHighSurrogate(c) && i + 1 < end ? Character.codePointAt(f, i) : c;
            if (!Character.isLetter(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Whether the sentence opens with a lower-case word: the rest of a sentence a hard wrap cut in two. */
    private static boolean opensInLowerCase(SentenceContext ctx, List<Word> words) {
        return words.get(0).span().start() == ctx.span().start()
                && Character.isLowerCase(ctx.text().charAt(ctx.span().start()));
    }

    /**
     * A hard-wrapped line that goes on with an obligation the line before ended with ("we must always" |
     * "grasp X", "it is necessary" | "to improve X"): the line's first verb is a directive.
     */
    private void wrappedObligation(SentenceContext ctx, List<Word> words, List<Integer> verbs) {
        int start = ctx.span().start();
        if (!opensInLowerCase(ctx, words)) {
            return;
        }
        String f = ctx.folded();
        int previousEnd = start;
        while (previousEnd > 0 && Character.isWhitespace(f.charAt(previousEnd - 1))) {
            previousEnd--;
        }
        int from = Math.max(0, previousEnd - WRAP_LOOKBACK);
        // the end of the line before and the start of this one, joined by a space as the unwrapped text would be
        String joined = f.substring(from, previousEnd) + " "
                + f.substring(start, Math.min(ctx.span().end(), start + WRAP_LOOKBACK));
        int boundary = previousEnd - from + 1;
        Matcher last = null;
        for (Matcher m = OBLIGATION.find(joined, 0, 0, joined.length());
                m != null && m.start() < boundary;
                m = OBLIGATION.find(joined, m.end(), 0, joined.length())) {
            last = m;
        }
        if (last == null || last.end() < boundary && !allFillers(Words.of(joined, new Span(last.end(), boundary)))) {
            return;
        }
        int i = indexAt(words, start + Math.max(0, last.end() - boundary));
        while (i >= 0 && i < words.size() && (FILLERS.contains(words.get(i).text()) || isModifier(words, i))) {
            i++;
        }
        if (i >= 0
                && i < words.size()
                && (ctx.lexicons().verbLemma(words.get(i).text()) != null || afterModal(last.group(), words, i))) {
            verbs.add(i);
        }
    }

    private static boolean allFillers(List<Word> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!FILLERS.contains(words.get(k).text()) && !isAdverb(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** "the purpose of data security work: protect personal information ...": an imperative after a colon. */
    private void afterColons(SentenceContext ctx, List<Word> words, List<Integer> verbs) {
        String f = ctx.folded();
        // the colons of the sentence alone: indexOf on the whole text would read on to the next colon anywhere
        String sentence = ctx.foldedSentence();
        for (int k = sentence.indexOf(':'); k >= 0; k = sentence.indexOf(':', k + 1)) {
            int c = ctx.span().start() + k;
            int i = indexAt(words, c + 1);
            while (i >= 0 && i < words.size() && isModifier(words, i)) {
                i++;
            }
            if (i < 0
                    || i >= words.size()
                    || THE_FOLLOWING
                            .matcher(f)
                            .region(ctx.span().start(), c + 1)
                            .find()) {
                continue;
            }
            String w = words.get(i).text();
            if (w.equals(ctx.lexicons().verbLemma(w)) && looksLikeVerbUse(words, i) && !verbs.contains(i)) {
                verbs.add(i);
            }
        }
    }

    /**
     * The verbs an obligation governs into {@code verbs}; into {@code states} the "be" of a person's obligation to
     * be so ("we must be ready", "members should be fully aware").
     */
    private void obligations(SentenceContext ctx, List<Word> words, List<Integer> verbs, List<Integer> states) {
        if (!ctx.mentions(OBLIGATION_WORDS)) {
            return;
        }
        String f = ctx.folded();
        for (Matcher m = OBLIGATION.find(
                        f, ctx.span().start(), ctx.span().start(), ctx.span().end());
                m != null;
                m = OBLIGATION.find(f, m.end(), ctx.span().start(), ctx.span().end())) {
            String before = f.substring(charsBack(f, m.start(), 24, ctx.span().start()), m.start());
            // "stressed the need to V" reports a need (a noun); it does not oblige
            if (endsInRelative(before)
                    || m.group().startsWith("need") && (before.endsWith("the ") || before.endsWith("a "))) {
                continue;
            }
            Matcher following =
                    THE_FOLLOWING.matcher(f).region(m.end(), ctx.span().end());
            int i = indexAt(words, following.lookingAt() ? following.end() : m.end());
            int be = -1;
            // "should never forget", "must not V", "should neither V1 nor V2": a prohibition is keyed by its verb
            while (i >= 0
                    && i < words.size()
                    && (FILLERS.contains(words.get(i).text())
                            || isModifier(words, i)
                            || NEGATIONS.contains(words.get(i).text()) && !followedBy(words, i, "only"))) {
                be = words.get(i).text().equals("be") ? i : be;
                i++;
            }
            if (m.group().startsWith("shall")
                    && PLEDGING_SUBJECT.matcher(before).find()) {
                continue; // "we shall move forward": a speaker's pledge, as "we will" is, not a law's obligation
            }
            // "we should not only V1 X, but also V2 Y": the first of the two verbs the obligation governs
            if (i >= 0
                    && i + 2 < words.size()
                    && words.get(i).text().equals("not")
                    && words.get(i + 1).text().equals("only")) {
                i += 2;
            }
            if (i < 0 || i >= words.size() || legalFormula(ctx, words, i)) {
                continue;
            }
            String w = words.get(i).text();
            // "X must be corrected": the passive of a verb outside the vocabulary, when its spelling tells the base
            boolean passive = i > 0 && words.get(i - 1).text().equals("be") && participleLemma(w) != null;
            String lemma = ctx.lexicons().verbLemma(w);
            // after "be" a base form is an adjective ("must be open"), unless the verb's participle is spelt so
            boolean adjective =
                    be >= 0 && !passive && (lemma == null || lemma.equals(w) && !SAME_PARTICIPLE.contains(w));
            if (!adjective && (lemma != null || afterModal(m.group(), words, i) || passive)) {
                verbs.add(i);
            } else if (adjective
                    && !w.endsWith("ed")
                    && !PLURAL_NOUN.matcher(w).matches()
                    && PERSONS_OBLIGED.matcher(before).find()) {
                states.add(be); // "we must be ready": a person's obligation to be so, not a thing's state
            }
        }
    }

    private static boolean followedBy(List<Word> words, int i, String next) {
        return i + 1 < words.size() && words.get(i + 1).text().equals(next);
    }

    /**
     * Whether {@code before} ends in a relative pronoun and at most one word, {@link #RELATIVE}: read by hand
     * in ASCII, as the expression tried every offset of the text before every obligation.
     */
    static boolean endsInRelative(String before) {
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) >= 128) {
                return RELATIVE.matcher(before).find(); // letters and line ends beyond ASCII: the expression knows them
            }
        }
        int spaces = spacesBefore(before, before.length());
        int word = lettersBefore(before, spaces);
        if (spaces == before.length() || word == spaces) {
            return false;
        }
        if (isRelative(before, word, spaces)) {
            return true;
        }
        // "that need to" | "be solved": one word between the pronoun and the end
        int moreSpaces = spacesBefore(before, word);
        return moreSpaces < word && isRelative(before, lettersBefore(before, moreSpaces), moreSpaces);
    }

    /** The start of the run of ASCII spaces ending at {@code end}. */
    private static int spacesBefore(String s, int end) {
        int i = end;
        while (i > 0 && KeywordPattern.isRegexSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The start of the run of ASCII letters ending at {@code end}. */
    private static int lettersBefore(String s, int end) {
        int i = end;
        while (i > 0 && isAsciiLetter(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Whether {@code [from, to)} is "that", "which" or "who" with a word boundary before it. */
    private static boolean isRelative(String s, int from, int to) {
        String w = s.substring(from, to);
        boolean boundary = from == 0 || !isAsciiWordChar(s.charAt(from - 1));
        return boundary && (w.equals("that") || w.equals("which") || w.equals("who"));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiWordChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_';
    }

    /** "shall come into force", "shall take effect": a law's commencement, not an instruction to act. */
    private static boolean legalFormula(SentenceContext ctx, List<Word> words, int i) {
        String w = words.get(i).text();
        String next = i + 1 < words.size() ? words.get(i + 1).text() : "";
        return w.equals("come") && next.equals("into")
                || "take".equals(ctx.lexicons().verbLemma(w)) && next.equals("effect");
    }

    /** The base form of a regular past participle outside the vocabulary, or null when its spelling leaves it open. */
    static String participleLemma(String w) {
        if (!w.endsWith("ed") || w.length() < 6) {
            return null;
        }
        String stem = w.substring(0, w.length() - 2);
        String tail = stem.substring(stem.length() - 2);
        return STEM_IS_BASE.contains(tail) ? stem : STEM_TAKES_E.contains(tail) ? stem + "e" : null;
    }

    /**
     * After "must", "should", "shall" (not "necessary to", which may take a noun) a word in base form is
     * the verb even when the vocabulary lacks it: "the Ministry must compile catalogues".
     */
    private static boolean afterModal(String obligation, List<Word> words, int i) {
        String w = words.get(i).text();
        // "must be stable": after "be" the word is an adjective or a participle, never a base form
        boolean passive = i > 0 && words.get(i - 1).text().equals("be");
        return MODAL.matcher(obligation).lookingAt()
                && !passive
                && BASE_FORM.matcher(w).matches()
                && !NOT_VERBS.contains(w);
    }

    /** Verbs joined to an earlier directive verb by "and", a comma or a semicolon. */
    private void coordinated(SentenceContext ctx, List<Word> words, List<Integer> verbs, boolean heading) {
        if (verbs.isEmpty()) {
            return;
        }
        int first = java.util.Collections.min(verbs);
        String f = ctx.folded();
        // the verbs found so far by index, and the last verb, purpose marker and subordinator before word i,
        // kept as i moves on: walking back from every word to the last verb made long lists quadratic
        boolean[] isVerb = new boolean[words.size()];
        verbs.forEach(v -> isVerb[v] = true);
        int lastVerb = -1;
        int lastPurpose = -1;
        int lastSubordinator = -1;
        for (int i = first + 1; i < words.size(); i++) {
            Word w = words.get(i);
            // verbs are added at j >= i only, so isVerb[i - 1] is final here
            lastVerb = isVerb[i - 1] ? i - 1 : lastVerb;
            lastPurpose = isPurpose(words, i - 1) ? i - 1 : lastPurpose;
            lastSubordinator = SUBORDINATORS.contains(words.get(i - 1).text()) ? i - 1 : lastSubordinator;
            // what lies between the two words, read in place: a substring per word cost more than the test
            int gapStart = words.get(i - 1).span().end();
            boolean gapComma = holds(f, gapStart, w.span().start(), ',');
            boolean joined = gapComma || holds(f, gapStart, w.span().start(), ';');
            // a word after no comma or semicolon joins a verb only as "and", "or" or "but": most words are
            // passed over here, before the reading of the word after them as a verb
            if (!joined
                    && !w.text().equals("and")
                    && !w.text().equals("or")
                    && !w.text().equals("but")) {
                continue;
            }
            // "V1 X so as to V2 Y, V3 Z": the verbs after a purpose marker are the purpose's
            if (lastPurpose > lastVerb) {
                continue;
            }
            int j = i;
            boolean strong = false;
            if (w.text().equals("to")
                    && gapComma
                    && i + 1 < words.size()
                    && lastInfinitiveIsDirective(words, i + 1, isVerb)) {
                // "necessary to conduct X, to refine Y": a series of infinitives after one obligation
                j = i + 1;
                strong = true;
            } else if (w.text().equals("but")
                    && i + 2 < words.size()
                    && words.get(i + 1).text().equals("also")
                    && lastVerb >= 0) {
                // "not only V1 X, but also V2 Y": the second verb of the couple
                j = i + 2;
                strong = true;
            } else if (w.text().equals("and") || w.text().equals("or")) {
                // "establish and improve X" joins two verbs; "ability to guard against and resolve" does not
                boolean comma = gapComma;
                joined = comma || isVerb[i - 1] || i >= 2 && isVerb[i - 2] && isParticle(words.get(i - 1));
                j = i + 1;
                // "balance X and to achieve Y": the infinitive marks a second verb phrase
                if (j < words.size()
                        && words.get(j).text().equals("to")
                        && lastInfinitiveIsDirective(words, i, isVerb)) {
                    j++;
                    strong = true;
                }
            }
            int beforeAdverbs = j;
            while (j < words.size() && isModifier(words, j)) {
                j++;
            }
            // "improve X and resolutely punish Y": an adverb marks the verb
            strong |= j > beforeAdverbs && i + 1 == beforeAdverbs;
            if (j >= words.size()) {
                continue;
            }
            String candidate = words.get(j).text();
            String lemma = ctx.lexicons().verbLemma(candidate);
            boolean base = candidate.equals(lemma);
            // "Consolidating X and developing Y": a heading's verbs are gerunds
            boolean gerund = heading && lemma != null && candidate.endsWith("ing");
            strong |= gerund && w.text().equals("and");
            // "X should be consolidated and expanded": the participles of one passive obligation
            boolean participle = w.text().equals("and")
                    && j == i + 1
                    && isVerb[i - 1]
                    && lemma != null
                    && !base
                    && !words.get(i - 1)
                            .text()
                            .equals(ctx.lexicons().verbLemma(words.get(i - 1).text()))
                    && isParticiple(words.get(i - 1).text())
                    && isParticiple(candidate);
            // "improve the system and build a solid barrier", "protect X and prevent Y": a verb and its object
            // (the walk back to the last infinitive last: the other tests are cheaper)
            boolean withObject = base
                    && j == i + 1
                    && w.text().equals("and")
                    && j + 1 < words.size()
                    // no subordinate clause since the last directive: "assessed on how they protect X and ..."
                    && lastSubordinator <= lastVerb
                    && !lastInfinitiveAfterDirective(ctx, words, i, isVerb)
                    && opensObject(ctx.lexicons(), f, words, j);
            if (!(joined || strong || withObject || participle)) {
                continue;
            }
            // "the collection, use, and sale of data": a word followed by a comma is an item of a list
            boolean listItem = f.startsWith(",", words.get(j).span().end());
            // a participle may close the sentence ("X should be consolidated and expanded.")
            if ((base && !(listItem && gapComma && NOUN_LIKE.contains(candidate)) || gerund || participle)
                    && !isVerb[j]
                    && (participle || looksLikeVerbUse(words, j))) {
                verbs.add(j);
                isVerb[j] = true;
            }
        }
    }

    /** Whether {@code [from, to)} of the text holds {@code c}. */
    private static boolean holds(String f, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (f.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /** Whether the nearest "to V" before word {@code i} is a directive: "necessary to balance X and to ...". */
    private static boolean lastInfinitiveIsDirective(List<Word> words, int i, boolean[] isVerb) {
        for (int k = i - 1; k > 0; k--) {
            if (words.get(k - 1).text().equals("to")) {
                return isVerb[k];
            }
        }
        return false;
    }

    /** Whether a "to" (a purpose clause: "use X to make firm and strengthen Y") follows the last directive. */
    private static boolean lastInfinitiveAfterDirective(
            SentenceContext ctx, List<Word> words, int i, boolean[] isVerb) {
        for (int k = i - 1; k >= 0; k--) {
            if (isVerb[k]) {
                return false;
            }
            // "an approach to food and build X": "to" before a noun is no infinitive
            if (words.get(k).text().equals("to")) {
                int n = k + 1;
                while (n < i && isModifier(words, n)) {
                    n++;
                }
                String next = n < i ? words.get(n).text() : "";
                if (next.equals(ctx.lexicons().verbLemma(next))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether words {@code k - 1} and {@code k} mark a purpose: "so as (to)", "so that", "in order (to)". */
    private static boolean isPurpose(List<Word> words, int k) {
        if (k < 1) {
            return false;
        }
        String w = words.get(k).text();
        String before = words.get(k - 1).text();
        return before.equals("so") && (w.equals("as") || w.equals("that")) || before.equals("in") && w.equals("order");
    }

    /**
     * Whether the words after a verb joined by a bare "and" open its object: an article or a
     * determiner, or, after a verb that is seldom a noun, any word but a preposition or a conjunction
     * ("and prevent severe cases", not "and support for X" nor "planning and design work").
     */
    private static boolean opensObject(Lexicons lexicons, String f, List<Word> words, int j) {
        String verb = words.get(j).text();
        String next = words.get(j + 1).text();
        if (verb.equals("see")) {
            return SEE_COMPLEMENTS.contains(next);
        }
        // "and continue to open up X", "and strive to build Y": a verb and its infinitive complement
        if (next.equals("to") && j + 2 < words.size()) {
            String after = words.get(j + 2).text();
            return after.equals(lexicons.verbLemma(after));
        }
        return OBJECT_OPENERS.contains(next)
                || !NOUN_LIKE.contains(verb)
                        && !NOT_OBJECT.contains(next)
                        && !f.startsWith(",", words.get(j).span().end());
    }

    /** A past participle as the lemmas read it: "consolidated", "upheld", not "improving" or "improves". */
    private static boolean isParticiple(String w) {
        return w.endsWith("ed") || !w.endsWith("ing") && !w.endsWith("s");
    }

    /** A base-form verb followed by its object or another verb, not by "of" or a copula (then it is a noun). */
    private static boolean looksLikeVerbUse(List<Word> words, int j) {
        if (j + 1 >= words.size()) {
            return false;
        }
        String next = words.get(j + 1).text();
        return !next.equals("of") && !next.equals("is") && !next.equals("are");
    }

    private static boolean isParticle(Word w) {
        return PARTICLES.contains(w.text()) || w.text().equals("against");
    }

    private Finding directive(SentenceContext ctx, List<Word> words, int v, int limit) {
        String f = ctx.folded();
        Word verb = words.get(v);
        String known = ctx.lexicons().verbLemma(verb.text());
        // else a base form after a modal (see afterModal) or a passive participle outside the vocabulary
        String participle = known == null ? participleLemma(verb.text()) : null;
        String lemma = known != null ? known : participle != null ? participle : verb.text();
        int objectStart = verb.span().end();
        if (v + 1 < words.size()
                && PARTICLES.contains(words.get(v + 1).text())
                && Words.adjacent(f, verb, words.get(v + 1))) {
            objectStart = words.get(v + 1).span().end();
        }
        int objectEnd = CharScan.firstOf(f, Math.min(objectStart, limit), limit, OBJECT_END);
        Span object = trimJoin(f, PageReader.trim(f, Math.min(objectStart, objectEnd), objectEnd));
        // a loop, not a stream: this runs for every directive and the stream's set-up was a hot spot
        List<String> concepts = new ArrayList<>();
        for (Lexicon.Match m : ctx.find(ctx.concepts(), f, object)) {
            if (!concepts.contains(m.iri())) {
                concepts.add(m.iri());
            }
        }
        // a passive's evidence takes in its "be", which a hard wrap may leave on the line before the participle
        int from = v > 0 && words.get(v - 1).text().equals("be")
                ? words.get(v - 1).span().start()
                : verb.span().start();
        Span evidence = new Span(from, Math.max(verb.span().end(), object.end()));
        return new Finding.Directive(id(), lemma, concepts, object.of(ctx.text()), evidence, ctx.sentence());
    }

    /** Drops a trailing ", and" / "and" / "," left where the next directive begins. */
    private static Span trimJoin(String f, Span s) {
        String t = s.of(f);
        for (String tail : new String[] {", but also", " but also", ", and", " and", ",", " or", ", or"}) {
            if (t.endsWith(tail)) {
                return PageReader.trim(f, s.start(), s.end() - tail.length());
            }
        }
        return s;
    }

    /**
     * An adverb before a verb, with the "and" between two of them: "fully and faithfully apply",
     * "better leverage".
     */
    private static boolean isModifier(List<Word> words, int i) {
        Word w = words.get(i);
        if (isAdverb(w) || BARE_ADVERBS.contains(w.text()) && i + 1 < words.size()) {
            return true;
        }
        return w.text().equals("and")
                && i > 0
                && i + 1 < words.size()
                && isAdverb(words.get(i - 1))
                && isAdverb(words.get(i + 1));
    }

    private static boolean isAdverb(Word w) {
        return w.text().endsWith("ly")
                && w.text().length() > 4
                && !w.text().equals("supply")
                && !w.text().equals("apply");
    }

    /** Index of the first word starting at or after {@code pos}, or -1: a binary search, the words being in text order. */
    private static int indexAt(List<Word> words, int pos) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).span().start() >= pos) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < words.size() ? lo : -1;
    }
}
