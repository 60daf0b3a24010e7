package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.extract.Finding.EntityKind;
import org.policykg.vocab.PKG;

/**
 * Actors named and documents cited: longest matches of the actor and document schemes. A title that the
 * scheme lacks, read by its shape ({@link DocumentTitles}), is cited as a candidate document, shared
 * across texts by its words. An actor named inside a document's title is part of the title; a term's
 * ordinal inside a body's name ("the Standing Committee of the Twelfth National People's Congress") is
 * read past; "the Party" as a subject is the Party acting.
 */
final class EntityRule implements Rule {
    private static final String ORDINAL = "(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh"
            + "|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
            + "|eighteenth|nineteenth|twentieth|twenty-first)";
    /** {@code \\b} + this, tried only where a digit or an ordinal's first letters stand. */
    private static final KeywordPattern ORDINAL_BEFORE = new KeywordPattern(
            ORDINAL + "\\s+$",
            "0",
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
            "twenty-first");
    /** "the Party" / "our Party" followed by what a subject is followed by: a modal, an auxiliary, an adverb. */
    private static final KeywordPattern PARTY_SUBJECT = new KeywordPattern(
            "(?:the|our)\\s+(party)\\s+(?=(?:and\\s+the\\s+(?:people|state|government|country)\\s+)?(?:will|shall"
                    + "|should|must|can|has|have|had|is|was|always|never|leads|led|remains|continues"
                    + "|unites|upholds|adheres|attaches|puts|places|takes|insists|pursues|exercises|represents"
                    + "|shoulders|regards|relies|holds|ensures|commands|oversees|firmly|fully|resolutely"
                    + "|unswervingly|consistently)\\b)",
            "the",
            "our");
    /** The words that make a congress after them the source of a report: "the report of / to / at the". */
    private static final KeywordPattern REPORT_BEFORE =
            new KeywordPattern("report\\s+(?:of|to|at|from)\\s+the\\s+$", "report");
    /** A person's name right before a title that holds it ("Xi Jinping: The Governance of China"): the byline. */
    private static final Pattern BYLINE_GAP = Pattern.compile("\\s*:?\\s*");
    /** A title that is only "the" and its title word: a short form of a title named before. */
    private static final Pattern SHORT_FORM = Pattern.compile("(?i)(\\w+)");

    private final EntityKind kind;
    private final String id;
    private final Function<Lexicons, Lexicon> lexicon;

    private EntityRule(EntityKind kind, String id, Function<Lexicons, Lexicon> lexicon) {
        this.kind = kind;
        this.id = id;
        this.lexicon = lexicon;
    }

    static EntityRule actors() {
        return new EntityRule(EntityKind.ACTOR, "actor-mention", Lexicons::actors);
    }

    static EntityRule documents() {
        return new EntityRule(EntityKind.DOCUMENT, "document-citation", Lexicons::documents);
    }

    @Override
    public String id() {
        return id;
    }

    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    /** 中国共产党第二十次全国代表大会: a Party congress held once is an event, not the Party acting. */
    private static final Pattern NUMBERED_CONGRESS = Pattern.compile("第[一二三四五六七八九十百零〇0-9]+次全国代表大会");
    /** Nouns of what a body issues or does: after X的 they make X the body acting. */
    private static final List<String> CHINESE_ACTS = List.of("命令", "部署", "指挥", "领导和指挥");

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        return kind == EntityKind.ACTOR ? actors(ctx) : documents(ctx);
    }

    private List<Finding> actors(SentenceContext ctx) {
        List<Finding> out = new ArrayList<>();
        Lexicon actors = ctx.lexicons().actors();
        List<Lexicon.Match> matches = new ArrayList<>();
        for (Lexicon.Match m : ctx.find(actors, ctx.folded(), ctx.span())) {
            termBody(ctx, actors, m).ifPresent(matches::add);
        }
        // only a sentence that says "party" can match, and only where "the" or "our" stands
        String f = ctx.folded();
        int from = ctx.span().start();
        int to = ctx.span().end();
        for (Matcher party = ctx.mentions("party") ? PARTY_SUBJECT.find(f, from, from, to) : null;
                party != null;
                party = PARTY_SUBJECT.find(f, party.end(), from, to)) {
            Span span = new Span(party.start(1), party.end(1));
            if (matches.stream().noneMatch(m -> m.span().overlaps(span))) {
                actors.exact("Chinese Communist Party").ifPresent(ccp -> matches.add(new Lexicon.Match(ccp, span)));
            }
        }
        for (ChineseActors.Named named : ChineseActors.find(ctx)) {
            if (matches.stream().noneMatch(m -> m.span().overlaps(named.span()))) {
                actors.exact(named.label()).ifPresent(iri -> matches.add(new Lexicon.Match(iri, named.span())));
            }
        }
        List<Span> shaped = new ArrayList<>(ActorNames.find(ctx));
        shaped.addAll(ActorNames.leaders(ctx));
        shaped.addAll(ChineseActors.categories(ctx));
        shaped.removeIf(s -> matches.stream().anyMatch(m -> m.span().overlaps(s)));
        if (matches.isEmpty() && shaped.isEmpty()) {
            return out;
        }
        // a doctrine named after a person, or a document named with its issuer, holds no actor
        List<Span> names = new ArrayList<>();
        ctx.find(ctx.lexicons().formulations(), ctx.folded(), ctx.span()).forEach(d -> names.add(d.span()));
        ctx.find(ctx.lexicons().documents(), ctx.folded(), ctx.span()).forEach(d -> names.add(d.span()));
        names.addAll(ctx.titles());
        names.addAll(ChineseTitles.find(ctx));
        // a name inside a concept's longer words ("the leadership of the CPC") modifies the concept; a listed
        // body read without its shared head (公安、国家安全等机关) may have just the concept's words
        List<Span> concepts = new ArrayList<>();
        for (Finding x : ctx.earlier()) {
            if (x instanceof Finding.Mention) {
                concepts.add(x.evidence());
            }
        }
        for (Lexicon.Match m : matches) {
            if (actsHere(ctx.folded(), m.span())
                    && concepts.stream().noneMatch(c -> c.contains(m.span()) && !c.equals(m.span()))
                    && !bylineLine(ctx.text(), m.span())
                    && names.stream().noneMatch(n -> n.overlaps(m.span()) || byline(ctx.folded(), m.span(), n))) {
                out.add(new Finding.EntityUse(
                        id, kind, m.iri(), false, m.span().of(ctx.text()), m.span(), ctx.sentence()));
            }
        }
        for (Span s : shaped) {
            if (actsHere(ctx.folded(), s)
                    && names.stream().noneMatch(n -> n.overlaps(s) || byline(ctx.folded(), s, n))) {
                String words = Lexicon.fold(s.of(ctx.text()));
                out.add(new Finding.EntityUse(
                        id,
                        kind,
                        PKG.ACTOR_NS + "candidate/" + CandidateConcepts.slug(words),
                        true,
                        s.of(ctx.text()),
                        s,
                        ctx.sentence()));
            }
        }
        return out;
    }

    /**
     * The body a name stands for when a term's ordinal precedes it: the Central Committee of a term is the
     * Central Committee, a numbered congress is an event ("the 20th Party Congress"), unless the words
     * before the ordinal name a body of that congress ("the Standing Committee of the Twelfth ...").
     */
    private static Optional<Lexicon.Match> termBody(SentenceContext ctx, Lexicon actors, Lexicon.Match m) {
        String f = ctx.folded();
        String name = m.span().of(f);
        int reportFrom = Math.max(ctx.span().start(), m.span().start() - 30);
        if (name.contains("congress")
                && REPORT_BEFORE.find(f, reportFrom, reportFrom, m.span().start()) != null
                && !m.span().of(f).contains("people's congress")) {
            // "the report of the Party congress": a Party congress is the event the report was given at; a
            // people's congress a report is made to is a body
            return Optional.empty();
        }
        int from = Math.max(ctx.span().start(), m.span().start() - 60);
        if (!ordinalEndsBefore(f, from, m.span().start())) {
            return Optional.of(m);
        }
        Matcher ordinal = ORDINAL_BEFORE.find(f, from, from, m.span().start());
        if (ordinal == null) {
            return Optional.of(m);
        }
        String head = f.substring(from, ordinal.start());
        // the name cut at each word end, longest first: "the Standing Committee of the Twelfth National
        // People's Congress of the People's Republic of China" holds its body before the country's name
        for (int cut = name.length(); cut > 0; cut = name.lastIndexOf(' ', cut - 1)) {
            String joined = head + name.substring(0, cut);
            for (Lexicon.Match body : actors.find(joined, new Span(0, joined.length()))) {
                if (body.span().start() < head.length()
                        && body.span().end() > head.length()
                        && !body.iri().equals(m.iri())) {
                    int end = m.span().start() + body.span().end() - head.length();
                    return Optional.of(new Lexicon.Match(
                            body.iri(), new Span(from + body.span().start(), end)));
                }
            }
        }
        // a Party congress is held once, so its number makes it an event; a people's congress sits for a
        // term, so "the 13th National People's Congress" is the body of that term
        return name.contains("congress") && !name.contains("people's congress") ? Optional.empty() : Optional.of(m);
    }

    /**
     * Whether a word ending as every ordinal ends (-st, -nd, -rd, -th) stands before {@code end} past spaces:
     * what {@link #ORDINAL_BEFORE} needs, tested before the expression is tried at every offset.
     */
    private static boolean ordinalEndsBefore(String f, int from, int end) {
        int j = end;
        while (j > from && isRegexSpace(f.charAt(j - 1))) {
            j--;
        }
        if (j == end || j - from < 2) {
            return false;
        }
        return f.startsWith("st", j - 2)
                || f.startsWith("nd", j - 2)
                || f.startsWith("rd", j - 2)
                || f.startsWith("th", j - 2);
    }

    /** What {@code \\s} matches (without the Unicode flag). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * A text's byline in its head: a name alone on its line ("Li Keqiang" under a report's title), or the
     * office of the person signing ("Premier of the State Council"). The text names its author there; no
     * one acts.
     */
    private static boolean bylineLine(String text, Span name) {
        if (DocumentTitles.isOwnHeading(text, name)) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', name.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', name.end());
        return DocumentTitles.isOwnHeading(text, new Span(lineStart, lineEnd < 0 ? text.length() : lineEnd))
                && OFFICE_LINE.matcher(text).region(lineStart, name.start()).matches();
    }

    /** The office before a body's name on a byline's line: "Premier of the", "Vice Chairman of the". */
    private static final Pattern OFFICE_LINE = Pattern.compile("(?:(?:Vice|Deputy|Executive)\\s+)?"
            + "(?:Premier|President|Chairman|Chairwoman|General\\s+Secretary|Secretary|Minister|Director|Member"
            + "|Spokesperson|Head)\\s+of\\s+(?:the\\s+)?");

    /** Whether the actor's name stands right before a document's title, as its author or issuer ("Xi Jinping The Governance of China"). */
    private static boolean byline(String f, Span actor, Span title) {
        return title.start() >= actor.end()
                && BYLINE_GAP.matcher(f).region(actor.end(), title.start()).matches();
    }

    /** Whether a name stands for an actor here, rather than a possessive modifier or a parenthetical acronym. */
    private static boolean actsHere(String f, Span name) {
        String after = f.substring(name.end(), Math.min(f.length(), name.end() + 3));
        return !after.startsWith("'s")
                && !chineseModifier(f, name, after)
                && !parenthetical(f, name)
                && !MEMBERS_AFTER.matcher(f).region(name.end(), f.length()).lookingAt()
                && !(afterOf(f, name.start()) && endsBefore(HISTORY_BEFORE, f, name.start(), 40))
                && !NUMBERED_CONGRESS.matcher(f).region(name.end(), f.length()).lookingAt()
                && !(afterOf(f, name.start()) && endsBefore(GENERAL_SECRETARY_BEFORE, f, name.start(), 30));
    }

    /** Whether {@code pattern} (ending in {@code $}) matches in the {@code reach} chars before {@code at}. */
    private static boolean endsBefore(KeywordPattern pattern, String f, int at, int reach) {
        int from = Math.max(0, at - reach);
        return pattern.find(f, from, from, at) != null;
    }

    /**
     * "General Secretary of the Central Committee", and a further office in the list of a person's titles ("...
     * and chairman of the Central Military Commission"): the body names a person's office, a title, not the body
     * acting ("serves as the Chairman of X" says what the person does, and names the body).
     */
    private static final KeywordPattern GENERAL_SECRETARY_BEFORE = new KeywordPattern(
            "(?:general\\s+secretary|and\\s+(?:also\\s+)?(?:chairman|chairwoman))\\s+of\\s+(?:the\\s+)?$",
            "general",
            "and");

    /**
     * Whether "of", "of the" or "of our" and a space stand right before {@code at}: what {@link #HISTORY_BEFORE}
     * ends with, tested by chars first because most names have no "of" before them.
     */
    private static boolean afterOf(String f, int at) {
        int i = skipSpacesBack(f, at);
        if (i == at) {
            return false;
        }
        if (f.startsWith("the", i - 3) || f.startsWith("our", i - 3)) {
            int j = skipSpacesBack(f, i - 3);
            if (j < i - 3 && f.startsWith("both", j - 4)) {
                j = skipSpacesBack(f, j - 4); // "the history of both the Party and the nation"
            }
            if (j < i - 3 && f.startsWith("of", j - 2)) {
                return true;
            }
        }
        return f.startsWith("of", i - 2);
    }

    private static int skipSpacesBack(String f, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(f.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** "CPC members", "Party cadres": the name as a noun's modifier, the members acting, not the body. */
    private static final Pattern MEMBERS_AFTER = Pattern.compile("\\s+(?:members?|cadres?|officials?)\\b");
    /**
     * "the history of the Communist Party of China", "the founding of the Party", "the central task of the
     * CPC": the body's past, or what it holds as its aim, named; the body is the noun's modifier, as in "the
     * CPC's task". Leadership is not among them: "the leadership of the Party Central Committee" has the
     * Committee leading.
     */
    private static final KeywordPattern HISTORY_BEFORE = new KeywordPattern(
            "(?:history|founding|centenary|anniversary"
                    + "|tasks?|missions?|goals?|cause|purpose|aspiration|nature|theory|spirit)\\s+of\\s+(?:both\\s+)?(?:the\\s+|our\\s+)?$",
            "history",
            "founding",
            "centenary",
            "anniversary",
            "task",
            "mission",
            "goal",
            "cause",
            "purpose",
            "aspiration",
            "nature",
            "theory",
            "spirit");

    /**
     * People of a body named right after it (党委主要负责同志, 政府工作人员): they act, the body
     * modifies them, as in "CPC members".
     */
    private static final List<String> CHINESE_MEMBERS =
            List.of("主要领导干部", "领导干部", "主要负责同志", "负责同志", "领导班子", "负责人", "工作人员", "党员干部");
    /** Kinds of Party regulation whose titles open with the Party's name (中国共产党纪律处分条例). */
    private static final List<String> REGULATION_KINDS = List.of("条例", "章程", "准则");
    /** The longest title of a regulation read after the issuer's name. */
    private static final int LONGEST_REGULATION = 16;

    /**
     * 党中央的…, 中国共产党对X的领导: the name modifies what follows, as "the CCP's" does; so do a
     * body's people after it (党委主要负责同志) and a regulation's title the issuer's name opens
     * (中国共产党X工作条例); and 党组 before 织 is part of 党组织 (a Party organization), no Party group.
     */
    private static boolean chineseModifier(String f, Span name, String after) {
        if (after.startsWith("织") && name.of(f).endsWith("党组")) {
            return true;
        }
        for (String members : CHINESE_MEMBERS) {
            if (f.startsWith(members, name.end())) {
                return true;
            }
        }
        if (regulationTitle(f, name.end())) {
            return true;
        }
        if (after.startsWith("的")) {
            return !issues(f, name.end() + 1);
        }
        if (!after.startsWith("对")) {
            return false;
        }
        int end = name.end();
        while (end < f.length() && "，。；：！？\n".indexOf(f.charAt(end)) < 0) {
            end++;
        }
        return f.substring(name.end(), end).contains("的领导");
    }

    /** Whether the run of Han chars at {@code at} holds a regulation's kind after two chars or more (X工作条例). */
    private static boolean regulationTitle(String f, int at) {
        int end = at;
        while (end < f.length() && end - at < LONGEST_REGULATION && Lexicon.isHan(f.charAt(end))) {
            end++;
        }
        for (String kind : REGULATION_KINDS) {
            if (end - at > kind.length() + 1 && CharScan.indexOf(f, kind, at + 2, end - kind.length() + 1) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * 国务院的命令, 领导机构的部署: what a body issues names the body acting, as "orders of the State
     * Council" does; 党的领导 stays the concept of the Party's leadership.
     */
    private static boolean issues(String f, int at) {
        for (String act : CHINESE_ACTS) {
            if (f.startsWith(act, at)) {
                return true;
            }
        }
        return false;
    }

    /** An acronym in brackets after the full name: "Chinese Communist Party (CCP)" names it once. */
    private static boolean parenthetical(String f, Span name) {
        return name.start() > 0
                && f.charAt(name.start() - 1) == '('
                && name.end() < f.length()
                && f.charAt(name.end()) == ')';
    }

    private List<Finding> documents(SentenceContext ctx) {
        List<Finding.EntityUse> out = new ArrayList<>();
        for (Lexicon.Match m : ctx.find(ctx.lexicons().documents(), ctx.folded(), ctx.span())) {
            if (!DocumentTitles.isOwnHeading(ctx.text(), m.span())
                    && !DocumentTitles.namesPeriod(ctx.folded(), m.span())
                    && !parenthetical(ctx.folded(), m.span())) {
                out.add(use(ctx, m.iri(), false, m.span()));
            }
        }
        for (Lexicon.Match m : ChineseLawNames.find(ctx)) {
            if (out.stream().noneMatch(f -> f.evidence().overlaps(m.span()))
                    && !DocumentTitles.isOwnHeading(ctx.text(), m.span())) {
                out.add(use(ctx, m.iri(), false, m.span()));
            }
        }
        List<Lexicon.Match> concepts =
                ctx.titles().isEmpty() ? List.of() : ctx.find(ctx.concepts(), ctx.folded(), ctx.span());
        for (Span title : ctx.titles()) {
            if (out.stream().anyMatch(f -> f.evidence().overlaps(title))
                    // "the Strategy for Invigorating China through ...": a title inside a concept's name is the concept
                    || concepts.stream().anyMatch(c -> c.span().contains(title))
                    || DocumentTitles.isOwnHeading(ctx.text(), title)
                    || DocumentTitles.headsItsLine(ctx.text(), title)
                    || DocumentTitles.namesPeriod(ctx.folded(), title)) {
                continue;
            }
            String words = Lexicon.fold(title.of(ctx.text()));
            Matcher shortForm = SHORT_FORM.matcher(words);
            if (shortForm.matches()) {
                // "the Recommendations": the title named last, when its words begin so; else no title at all
                String last = ctx.memory().lastCitedDocument();
                if (last != null && (ctx.memory().lastCitedWords() + " ").startsWith(shortForm.group(1) + " ")) {
                    out.add(use(ctx, last, false, title));
                }
                continue;
            }
            out.add(use(ctx, PKG.DOCUMENT_NS + "candidate/" + CandidateConcepts.slug(words), true, title));
        }
        List<Span> chineseTitles = ChineseTitles.find(ctx);
        List<Span> named = chineseTitles.isEmpty()
                ? List.of()
                : out.stream().map(Finding.EntityUse::evidence).toList();
        for (Span title : chineseTitles) {
            // a title in marks is cited unless a name of the scheme already covers it (《国家安全法》);
            // a title that holds another (《关于修改<X法>的决定》) is cited besides it
            if (named.stream().noneMatch(n -> n.contains(title)) && !DocumentTitles.isOwnHeading(ctx.text(), title)) {
                String words = Lexicon.fold(title.of(ctx.text()));
                out.add(use(ctx, PKG.DOCUMENT_NS + "candidate/" + CandidateConcepts.slug(words), true, title));
            }
        }
        if (out.isEmpty()) {
            return List.of(); // most sentences: no stream set up for them
        }
        Finding.EntityUse last = out.get(out.size() - 1);
        // a short form names the same document again: the words it was named by stay
        if (!last.iri().equals(ctx.memory().lastCitedDocument())) {
            ctx.memory()
                    .cited(
                            last.iri(),
                            LEADING_THE.matcher(Lexicon.fold(last.label())).replaceFirst(""));
        }
        return List.copyOf(out);
    }

    private Finding.EntityUse use(SentenceContext ctx, String iri, boolean candidate, Span span) {
        return new Finding.EntityUse(id, kind, iri, candidate, span.of(ctx.text()), span, ctx.sentence());
    }
}
