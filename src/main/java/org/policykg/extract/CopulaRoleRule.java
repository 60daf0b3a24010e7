package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.extract.RolePhrases.RolePhrase;

/**
 * Role statements in running text: "X is the foundation of Y", "X is the prerequisite for Y",
 * "X is the highest form of Y as well as the lifeline of Z", "X is the top priority". X is the subject
 * of the clause (from the sentence start, or after "; " or ", and "); a coordinated X gives one
 * statement per concept. A subject that names no concept of the scheme but is a short noun phrase
 * becomes a candidate concept for a curator. "This is ..." is left to {@link ThisIsRoleRule}.
 */
final class CopulaRoleRule implements Rule {
    /**
     * The copula, {@code \\s} + this body: tried only where one of its words follows a space (see
     * {@link #nextCopula}).
     */
    static final KeywordPattern COPULA = new KeywordPattern(
            "(?:(?:will|must|should|shall|can|would)\\s+"
                    + "(?:(?:also|still|always|in turn|continue to)\\s+)?(?:be|remain|serve as|act as|function as|become|constitute)"
                    // "X is regarded as Y", "X has been identified as Y": the passive of "regard / treat X as Y"
                    + "|(?:is|are|was|were|has\\s+been|have\\s+been)\\s+(?:(?:also|widely|always|rightly)\\s+)?"
                    + "(?:regarded|seen|viewed|taken|treated|identified|designated|recognized|recognised|positioned)\\s+as"
                    + "|is|are|remains|remain|serves as|serve as|acts as|act as|functions as|function as|has become|have become|becomes|become|has been|have been"
                    + "|forms"
                    + "|has always been|have always been|means|mean|constitutes|constitute"
                    // "X holds the key to Z": the one role "hold" gives
                    + "|(?:will\\s+)?holds?(?=\\s+(?:the\\s+)?key\\b))\\s+"
                    + "(?:also\\s+|still\\s+|always\\s+|indeed\\s+|in turn\\s+|both\\s+|truly\\s+)?",
            "will",
            "must",
            "should",
            "shall",
            "can",
            "would",
            "is",
            "are",
            "was",
            "were",
            "forms",
            "remain",
            "serve",
            "act",
            "function",
            "hold",
            "has",
            "have",
            "become",
            "mean",
            "constitut");

    /** A digit on a line of the phrase ({@code .} stops at a line break), as {@code String.matches} read it. */
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    /** What may stand between the concepts of a list. */
    private static final Pattern LIST_GLUE = Pattern.compile("[,\\s]|\\band\\b|\\bor\\b|\\bthe\\b");

    /** What joins the parts of a predicate, {@code \\s} + this body. */
    private static final KeywordPattern PREDICATE_JOIN = new KeywordPattern("(?:as well as|and)\\s", "as", "and");
    /** Where a predicate ends: a char of these, or a comma that {@link #NEXT_CLAUSE} follows. */
    private static final CharSet PREDICATE_END = CharSet.of(".;:!?,");
    /** ", and X is": a new clause with its own subject. */
    private static final Pattern NEXT_CLAUSE = Pattern.compile(",\\s+and\\s+\\p{L}+\\s+(?:is|are)\\s");

    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?:this|that|these|those|which|what)\\b.*");
    private static final Pattern ROLE_ANAPHOR = Pattern.compile("(?:this|that|the)\\s+(\\p{L}+(?:\\s+\\p{L}+)?)");
    private static final Pattern LEADING_AND = Pattern.compile("(?:and|but|while)\\s+");
    /** A list item's mark before its first word ("-- X is ...", "• X is ..."): no word of the subject. */
    private static final Pattern ITEM_MARK = Pattern.compile("(?:-{1,2}|\u2014{1,2}|\u2013|\u2022|\u00b7|\\*)\\s+");
    /** What a candidate role phrase must relate its subject to: "the engine of", "the key to". */
    private static final Pattern RELATION = Pattern.compile("\\s+(?:of|for|to|in|behind)\\s");

    /** The verb of an inverted role statement, {@code \\s} + this body: "the key to Z lies in X". */
    private static final KeywordPattern INVERTED_VERB =
            new KeywordPattern("(?:is|are|remains|lies in|lie in)\\s+", "is", "are", "remains", "lie");
    /** What opens no noun phrase: an infinitive, a clause, a prepositional phrase, a negation, an adjective of degree. */
    private static final Pattern NO_NOUN_PREDICATE = Pattern.compile(
            "(?:to|that|what|how|whether|in|on|at|by|for|with|not|no|very|so|more|too|being|also|still|always)\\b");

    private static final int MAX_SUBJECT_WORDS = 8;
    /** The marks after which a subject starts: a semicolon, a comma closing an opening phrase, "that". */
    private static final String[] CLAUSE_BREAKS = {";", ",", " that "};
    /** A copula inside a clause: what makes the words before "and" a clause of their own. */
    private static final Pattern CLAUSE_COPULA = Pattern.compile("\\s(?:is|are|remains|remain)\\s");

    private static final int MAX_LIST_WORDS = 16;
    private static final java.util.Set<String> PRONOUNS =
            java.util.Set.of("they", "we", "you", "he", "she", "them", "us");
    /** "Firmly holding on to the bottom line of X": a gerund clause as subject, whose objects take the role. */
    private static final Pattern GERUND_SUBJECT =
            Pattern.compile("(?:\\p{L}+ly\\s+)?(?!(?:no|some|any|every)?thing\\b|during\\b|morning\\b|evening\\b)"
                    + "\\p{L}{2,}ing\\s.*");

    private static final int MAX_GERUND_SUBJECT_WORDS = 14;
    /**
     * A definite noun phrase as the predicate of an inverted role statement, without a clause in it, and
     * with its complement ("the well-being of the people": an abstract noun and what it is of; not "the
     * old wall", a thing; not "the one we chose", "the same as before", "the reason that ...").
     */
    private static final Pattern DEFINITE_PHRASE = Pattern.compile(
            "the\\s+(?!(?:one|ones|same|only|first|most|best|way|reason|fact|case|result|question|thing)\\b)"
                    + "(?!.*\\b(?:that|which|who|whom|whose|to|is|are|was|were|be|been|will|can|must|should|we|it|they)\\b)"
                    + "[\\p{L}-]+(?:\\s+[\\p{L}-]+)+");

    private static final int MAX_DEFINITE_WORDS = 8;
    private static final int MAX_TERM_WORDS = 3;
    /** Words that open a noun phrase naming things or people rather than a term: "the people", "our work". */
    private static final java.util.Set<String> TERM_OPENERS = java.util.Set.of(
            "the", "a", "an", "our", "its", "their", "his", "her", "this", "that", "these", "those", "such", "all",
            "some", "many", "every", "each", "it", "which");

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
        List<Finding> provided = new ArrayList<>(ProvidedRole.find(ctx, id()));
        provided.addAll(AppositiveRole.find(ctx, id()));
        provided.addAll(PurposeRole.find(ctx, id()));
        if (provided.isEmpty()) {
            return copulas(ctx);
        }
        List<Finding> out = new ArrayList<>(copulas(ctx));
        out.addAll(provided);
        return out;
    }

    /** The roles the copula and its variants give. */
    private List<Finding> copulas(SentenceContext ctx) {
        if (!(ctx.mentions(
                " is ",
                " are ",
                " remain",
                " serve",
                " become",
                " been ",
                " be ",
                " mean",
                " constitut",
                " act",
                " function",
                " lie",
                " hold",
                " forms ",
                " was ",
                " were "))) {
            return List.of();
        }
        String f = ctx.folded();
        Span s = ctx.span();
        List<Finding> out = new ArrayList<>(inverted(ctx));
        List<String> lastSubject = List.of();
        // the subject of the clause before, whatever its predicate: "A, B and C are the requirements of Y,
        // and are also the guarantee of Z" gives the guarantee to A, B and C; read only when a later
        // clause takes it up, as most copulas place nothing
        Supplier<List<String>> clauseSubject = List::of;
        for (Matcher copula = nextCopula(f, s.start(), s); copula != null; copula = nextCopula(f, copula.end(), s)) {
            // the match starts at the copula's word; the space before it is where the expression's began
            int copulaStart = copula.start() - 1;
            List<RolePhrase> roles = predicateRoles(ctx, copula.end());
            if (roles.isEmpty()) {
                Supplier<List<String>> before = clauseSubject;
                clauseSubject = once(() -> clauseSubject(ctx, copulaStart, before));
                continue;
            }
            // asked only here: most sentences have no copula that gives a role
            Optional<NamedMembers.Members> members = listsMembers(ctx)
                    ? NamedMembers.find(
                            ctx, copulaStart, roles.get(roles.size() - 1).span().end(), candidates)
                    : Optional.empty();
            if (members.isPresent()) {
                // "the four principles that hold the key to Z, namely A, B, C and D": each member takes the role
                lastSubject = members.get().concepts();
                for (String concept : members.get().concepts()) {
                    for (RolePhrase role : roles) {
                        out.add(new Finding.Role(
                                id(), concept, role.iri(), members.get().evidence(), ctx.sentence()));
                    }
                }
                continue;
            }
            Span clause = clauseBefore(f, s, copulaStart);
            Optional<List<String>> gerunds = GerundList.objects(ctx, clause, candidates);
            Span subject =
                    gerunds.isPresent() ? clause : widenToList(ctx, subjectBefore(f, s, copulaStart), copulaStart);
            if (subject == null) {
                continue;
            }
            List<String> anaphor = roleAnaphor(ctx, subject.of(f));
            if (anaphor.isEmpty()
                    && !subject.of(f).equals("which")
                    && DEMONSTRATIVE.matcher(subject.of(f)).matches()) {
                continue;
            }
            String words = subject.of(f);
            List<String> iris = new ArrayList<>();
            String subjectWords = words;
            if (gerunds.isPresent()) {
                iris.addAll(gerunds.get());
            } else if (!anaphor.isEmpty()) {
                iris.addAll(anaphor); // "treating X as the purpose ...; this purpose is also fundamental"
            } else if (subjectWords.equals("it")) {
                // "X is the cornerstone, and it is also the prerequisite ...", or "It is also ..." after it
                iris.addAll(lastSubject.isEmpty() ? previousSubject(ctx) : lastSubject);
            } else if (subjectWords.equals("and") || subjectWords.equals("but")) {
                // "X is the Y of Z, and is also the W": the subject is the one of the clause before
                List<String> taken = lastSubject.isEmpty() ? clauseSubject.get() : lastSubject;
                if (taken.isEmpty()) {
                    continue;
                }
                iris.addAll(taken);
            } else if (PRONOUNS.contains(subjectWords.substring(subjectWords.lastIndexOf(' ') + 1))) {
                continue; // "they", "together we": what they stand for is not read here
            } else if (subjectWords.equals("which")) {
                iris.addAll(conceptBefore(ctx, subject.start())); // "..., X, which is the foundation of Y"
            } else {
                iris.addAll(nounSubject(ctx, subject));
            }
            if (copula.group().contains("hold")
                    && TERM_OPENERS.contains(firstWord(subjectWords))
                    && iris.stream().allMatch(CopulaRoleRule::isCandidate)) {
                continue; // "the manager holds the key to the office": a key in the hand, no role
            }
            lastSubject = List.copyOf(iris);
            Span evidence =
                    new Span(subject.start(), roles.get(roles.size() - 1).span().end());
            if (roles.stream().allMatch(RolePhrase::candidate)
                    && iris.stream().anyMatch(CopulaRoleRule::isCandidate)
                    && !termDefined(f, subject, iris, copula.end(), roles)) {
                continue; // a phrase outside the scheme with a role outside it is too weak a reading
            }
            for (String concept : iris) {
                for (RolePhrase role : roles) {
                    out.add(new Finding.Role(id(), concept, role.iri(), evidence, ctx.sentence()));
                }
            }
        }
        return out;
    }

    /**
     * The concepts of the subject of a clause whose predicate places nothing, for a later "and is ..." to
     * take up; {@code before} when the clause has no subject of its own to give.
     */
    private List<String> clauseSubject(SentenceContext ctx, int copulaStart, Supplier<List<String>> before) {
        String f = ctx.folded();
        Span s = ctx.span();
        Span clause = clauseBefore(f, s, copulaStart);
        Optional<List<String>> gerunds = GerundList.objects(ctx, clause, candidates);
        Span subject = gerunds.isPresent() ? clause : widenToList(ctx, subjectBefore(f, s, copulaStart), copulaStart);
        if (subject == null) {
            return before.get();
        }
        String words = subject.of(f);
        List<String> anaphor = roleAnaphor(ctx, words);
        if (anaphor.isEmpty()
                        && !words.equals("which")
                        && DEMONSTRATIVE.matcher(words).matches()
                || words.equals("it")
                || words.equals("and")
                || words.equals("but")) {
            return before.get();
        }
        if (gerunds.isPresent()) {
            return gerunds.get();
        }
        return anaphor.isEmpty() && !PRONOUNS.contains(words) && !words.equals("which")
                ? nounSubject(ctx, subject)
                : List.of();
    }

    /** Whether the sentence may name the members of what takes a role ("namely A, B and C"). */
    private static boolean listsMembers(SentenceContext ctx) {
        return ctx.mentions("namely", "that is", "i.e.", ": ");
    }

    /** {@code read}, worked out on the first asking only. */
    private static Supplier<List<String>> once(Supplier<List<String>> read) {
        return new Supplier<>() {
            private List<String> value;

            @Override
            public List<String> get() {
                if (value == null) {
                    value = read.get();
                }
                return value;
            }
        };
    }

    /**
     * The inverted copula, "The fundamental purpose of Z is X", "the key to Z lies in X": a role of the
     * scheme related to something heads a definite subject, and the predicate names what takes the role.
     * The predicate must be a noun phrase ("the goal of the meeting is to discuss" names none).
     */
    private List<Finding> inverted(SentenceContext ctx) {
        String f = ctx.folded();
        Span s = ctx.span();
        Matcher verb = INVERTED_VERB.findAfterSpace(f, s.start(), s.start(), s.end());
        if (verb == null) {
            return List.of();
        }
        // the match starts at the verb; the space before it is where the expression's began
        Span subject = clauseBefore(f, s, verb.start() - 1);
        if (!subject.of(f).startsWith("the ") || Phrases.splitCount(subject.of(f)) > MAX_SUBJECT_WORDS) {
            return List.of();
        }
        Optional<RolePhrase> role = RolePhrases.knownAt(f, subject.start(), subject.end(), ctx.roles());
        if (role.isEmpty()
                || !RELATION.matcher(f)
                        .region(role.get().span().end(), subject.end())
                        .lookingAt()) {
            return List.of();
        }
        Span predicate = PageReader.trim(f, verb.end(), predicateEnd(f, verb.end(), s.end()));
        if (predicate.length() == 0
                || NO_NOUN_PREDICATE
                        .matcher(f)
                        .region(predicate.start(), predicate.end())
                        .lookingAt()) {
            return List.of();
        }
        List<String> iris = predicateConcepts(ctx, predicate);
        Span evidence = new Span(subject.start(), predicate.end());
        List<Finding> out = new ArrayList<>();
        for (String concept : iris) {
            out.add(new Finding.Role(id(), concept, role.get().iri(), evidence, ctx.sentence()));
        }
        return out;
    }

    /** The concepts a predicate noun phrase names, else the candidate of a bare term ("talent", "win-win cooperation"). */
    private List<String> predicateConcepts(SentenceContext ctx, Span predicate) {
        String f = ctx.folded();
        List<Lexicon.Match> concepts = Phrases.concepts(f, predicate, ctx.concepts());
        if (!concepts.isEmpty() && covers(predicate, concepts)) {
            return concepts.stream().map(Lexicon.Match::iri).toList();
        }
        String words = predicate.of(f);
        int space = words.indexOf(' ');
        String first = space < 0 ? words : words.substring(0, space);
        if (DEFINITE_PHRASE.matcher(words).matches()
                && words.contains(" of ")
                && !HAS_DIGIT.matcher(words).matches()
                && Phrases.splitCount(words) <= MAX_DEFINITE_WORDS) {
            // "the free and full development of every person": the frame names one thing, however many words
            return candidates.of(ctx.text(), predicate, MAX_DEFINITE_WORDS).stream()
                    .toList();
        }
        if (Phrases.splitCount(words) > MAX_TERM_WORDS
                || TERM_OPENERS.contains(first)
                || HAS_DIGIT.matcher(words).matches()) {
            return List.of();
        }
        return candidates.ofConjuncts(ctx.text(), f, predicate, ctx.lexicons());
    }

    /** The concepts a noun-phrase subject names, else its candidates, one a conjunct. */
    private List<String> nounSubject(SentenceContext ctx, Span subject) {
        String f = ctx.folded();
        List<Lexicon.Match> concepts = Phrases.concepts(f, subject, ctx.concepts());
        // a gerund clause as subject gives its concepts however little of it they cover: the expression,
        // which reads the whole subject, only where the cover does not decide
        if (!concepts.isEmpty()
                && (covers(subject, concepts)
                        || GERUND_SUBJECT.matcher(subject.of(f)).matches())) {
            return concepts.stream().map(Lexicon.Match::iri).toList();
        }
        // a set phrase of the formulations scheme ("the great founding spirit") is a known concept, no candidate
        List<Lexicon.Match> phrases =
                Phrases.concepts(f, subject, ctx.lexicons().formulations());
        if (phrases.size() == 1 && covers(subject, phrases)) {
            return List.of(phrases.get(0).iri());
        }
        return candidates.ofConjuncts(ctx.text(), f, subject, ctx.lexicons());
    }

    /**
     * The first match of {@code \\s} + {@link #COPULA}'s body in the sentence {@code s} starting at or after
     * {@code from}, as {@code Matcher.find()} gives them one after another; null when there is none. The
     * returned matcher's match starts one char after the space.
     */
    static Matcher nextCopula(String f, int from, Span s) {
        return COPULA.findAfterSpace(f, from, s.start(), s.end());
    }

    /**
     * The subject of the clause that ends at the copula: after the last clause break before it (a
     * semicolon, a comma closing an opening phrase, "that"), or null when it is too long to be one.
     */
    private static Span subjectBefore(String f, Span sentence, int copulaStart) {
        int cut = sentence.start();
        for (String mark : CLAUSE_BREAKS) {
            int at = lastBefore(f, mark, sentence.start(), copulaStart);
            if (at >= 0) {
                cut = Math.max(cut, at + mark.length());
            }
        }
        // "A is the X and B is the Y": a clause with its own copula before "and" ends there
        int and = lastBefore(f, " and ", sentence.start(), copulaStart);
        if (and > cut && CLAUSE_COPULA.matcher(f).region(cut, and).find()) {
            cut = and + 5;
        }
        // "A is the X and constitutes the Y": "and" right before the copula after a clause of its own; the
        // subject is then the one of the clause before, as after ", and"
        int bare = copulaStart - 4;
        if (bare > cut
                && f.startsWith(" and", bare)
                && CLAUSE_COPULA.matcher(f).region(cut, bare + 1).find()) {
            cut = bare + 1;
        }
        Span subject = PageReader.trim(f, cut, copulaStart);
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

    /** The clause that ends at the copula: from the sentence start or the last semicolon or "that" before it. */
    private static Span clauseBefore(String f, Span sentence, int copulaStart) {
        int semicolon = lastBefore(f, ";", sentence.start(), copulaStart);
        int that = lastBefore(f, " that ", sentence.start(), copulaStart);
        int cut = Math.max(semicolon < 0 ? sentence.start() : semicolon + 1, that < 0 ? sentence.start() : that + 6);
        Span clause = PageReader.trim(f, cut, copulaStart);
        return new Span(skipConjunction(f, clause), clause.end());
    }

    /**
     * Where the last {@code mark} wholly inside {@code [from, to)} starts, or -1: read in place, as cutting
     * out the text before every copula cost more than the search.
     */
    private static int lastBefore(String f, String mark, int from, int to) {
        return CharScan.lastIndexOf(f, mark, to - mark.length(), from);
    }

    /**
     * "A, B and C are the Y of Z": the comma that {@link #subjectBefore} cuts at may lie inside a
     * coordinated subject; the whole list is the subject when every conjunct names a concept.
     */
    private static Span widenToList(SentenceContext ctx, Span subject, int copulaStart) {
        String f = ctx.folded();
        Span s = ctx.span();
        if (subject == null
                || subject.start() <= s.start()
                || CharScan.lastIndexOf(f, ",", subject.start(), s.start()) < 0) {
            return subject;
        }
        Span wide = clauseBefore(f, s, copulaStart);
        if (wide.equals(subject) || Phrases.splitCount(wide.of(f)) > MAX_LIST_WORDS) {
            return subject;
        }
        List<Lexicon.Match> concepts = Phrases.concepts(f, wide, ctx.concepts());
        return concepts.size() >= 2 && covers(wide, concepts) && listOnly(f, wide, concepts) ? wide : subject;
    }

    /** Whether nothing but commas, "and", "or" and articles lies between the concepts of a list. */
    private static boolean listOnly(String f, Span list, List<Lexicon.Match> concepts) {
        int pos = list.start();
        for (Lexicon.Match c : concepts) {
            String gap = LIST_GLUE
                    .matcher(f.substring(pos, Math.max(pos, c.span().start())))
                    .replaceAll("");
            if (!gap.isEmpty()) {
                return false;
            }
            pos = Math.max(pos, c.span().end());
        }
        return f.substring(pos, list.end()).isBlank();
    }

    private static int skipConjunction(String f, Span s) {
        int start = skipItemMark(f, s.start(), s.end());
        Matcher and = LEADING_AND.matcher(f).region(start, s.end());
        return and.lookingAt() ? and.end() : start;
    }

    /** {@code pos}, or the first word after a list item's mark there. */
    private static int skipItemMark(String f, int pos, int end) {
        if (pos >= end || "-\u2014\u2013\u2022\u00b7*".indexOf(f.charAt(pos)) < 0) {
            return pos;
        }
        Matcher mark = ITEM_MARK.matcher(f).region(pos, end);
        return mark.lookingAt() ? mark.end() : pos;
    }

    /** Role phrases heading the predicate or its coordinated parts ("the X of Y as well as the lifeline"). */
    private static List<RolePhrase> predicateRoles(SentenceContext ctx, int start) {
        String f = ctx.folded();
        int limit = predicateEnd(f, start, ctx.span().end());
        List<RolePhrase> roles = new ArrayList<>();
        predicateRole(f, start, limit, ctx).ifPresent(roles::add);
        for (Matcher join = PREDICATE_JOIN.findAfterSpace(f, start, start, limit);
                join != null;
                join = PREDICATE_JOIN.findAfterSpace(f, join.end(), start, limit)) {
            // a coordinated part names a role of the scheme only: "the nature, purpose and original
            // mission of Y" lists attributes, not roles
            Optional<RolePhrase> r = RolePhrases.knownAt(f, join.end(), limit, ctx.roles());
            if (r.isPresent()
                    && roles.stream().noneMatch(x -> x.span().equals(r.get().span()))) {
                roles.add(r.get());
            }
        }
        return roles;
    }

    /**
     * Where {@code [.;:!?]|,\\s+and\\s+\\p{L}+\\s+(?:is|are)\\s} first matches in {@code [start, end)}, else
     * {@code end}: scanned for its first chars, as a matcher trying every offset took long.
     */
    private static int predicateEnd(String f, int start, int end) {
        for (int i = CharScan.firstOf(f, start, end, PREDICATE_END);
                i < end;
                i = CharScan.firstOf(f, i + 1, end, PREDICATE_END)) {
            if (f.charAt(i) != ',' || NEXT_CLAUSE.matcher(f).region(i, end).lookingAt()) {
                return i;
            }
        }
        return end;
    }

    /**
     * A role of the scheme, or a phrase headed by a role noun that relates the subject to something
     * ("the primary engine of growth"): a bare "X is an engine" places X nowhere.
     */
    private static Optional<RolePhrase> predicateRole(String f, int start, int limit, SentenceContext ctx) {
        Optional<RolePhrase> role = RolePhrases.at(f, start, limit, ctx.roles());
        if (role.isEmpty() || !role.get().candidate()) {
            return role;
        }
        Matcher relation = RELATION.matcher(f).region(role.get().span().end(), limit);
        return relation.lookingAt() ? role : Optional.empty();
    }

    /**
     * "Technological innovation is the accelerator of Y", "security is the condition for Y": a bare term
     * (no article, one conjunct, a few words) given the one Y of Z by a definite role phrase reads as a
     * role even where both lie outside the schemes; "the people are the fundamental force" does not.
     */
    private static boolean termDefined(
            String f, Span subject, List<String> iris, int predicate, List<RolePhrase> roles) {
        String words = subject.of(f);
        int space = words.indexOf(' ');
        String first = space < 0 ? words : words.substring(0, space);
        return iris.size() == 1
                && roles.size() == 1
                && Phrases.splitCount(words) <= MAX_TERM_WORDS
                && !TERM_OPENERS.contains(first)
                && f.substring(predicate, roles.get(0).span().start()).strip().equals("the");
    }

    private static String firstWord(String words) {
        int space = words.indexOf(' ');
        return space < 0 ? words : words.substring(0, space);
    }

    private static boolean isCandidate(String iri) {
        return iri.contains("/candidate/");
    }

    /** The concepts of the role statement or the subject of the sentence before: what "It" takes up. */
    private static List<String> previousSubject(SentenceContext ctx) {
        List<String> concepts = new ArrayList<>();
        for (Finding finding : ctx.previous()) {
            if (finding instanceof Finding.Role r && !concepts.contains(r.concept())) {
                concepts.add(r.concept());
            }
        }
        if (!concepts.isEmpty()) {
            return concepts;
        }
        // no role before: the concept the previous sentence opens with ("X has grown ... It is also ...")
        for (Finding finding : ctx.previous()) {
            if (finding instanceof Finding.Mention m) {
                int sentenceStart = skipItemMark(
                        ctx.folded(), m.sentence().span().start(), m.evidence().start());
                int at = Phrases.skipArticles(
                        ctx.folded(), sentenceStart, m.evidence().start() + 1);
                return at == m.evidence().start() ? List.of(m.concept()) : List.of();
            }
        }
        return List.of();
    }

    /** The concept named just before ", which": the noun the relative clause is about. */
    private static List<String> conceptBefore(SentenceContext ctx, int which) {
        String f = ctx.folded();
        int end = which;
        while (end > ctx.span().start() && (f.charAt(end - 1) == ' ' || f.charAt(end - 1) == ',')) {
            end--;
        }
        return ctx.mentionEndingAt(end).map(m -> List.of(m.concept())).orElse(List.of());
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
