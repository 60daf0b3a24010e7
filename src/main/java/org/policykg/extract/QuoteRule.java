package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.extract.Finding.EntityKind;
import org.policykg.vocab.PKG;

/**
 * Words in quotation marks. A quoted passage that a reporting verb introduces ("pointed out that",
 * "emphasizes that", "requires us to"), or any longer one, is a quotation, attributed to the document
 * cited or the actor named before it in the sentence, else to the document the text cited last. A
 * short phrase quoted without one (up to ten words) is a formulation: one of the formulations scheme,
 * or a candidate minted from its words ("black swan", "the East is rising, and the West is declining").
 */
final class QuoteRule implements Rule {
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"]{1,600})[”\"]");
    private static final Pattern LEADING = Pattern.compile("^[\\s,.;:!?]+");
    private static final Pattern TRAILING = Pattern.compile("[\\s,.;:!?]+$");
    private static final int MAX_FORMULATION_WORDS = 10;
    /** What opens a short name a text defines for what it just named: (hereinafter referred to as "..."). */
    private static final Pattern SHORT_NAME_BEFORE = Pattern.compile(
            "\\b(?:hereinafter|hereafter)(?:\\s+(?:referred\\s+to\\s+as|called|the))*\\s*[\"\u201C\u2018']\\s*$");
    /** A quoted term being defined: "“national security” means ...", "“data” refers to ...". */
    private static final Pattern DEFINED =
            Pattern.compile("^[\\s,]*(?:means\\b|refers? to\\b|shall mean\\b|is defined as\\b|是指)");
    /**
     * Last words that make a quoted phrase the popular name of an event, not a set phrase of Party
     * language: "the “X cup”", "a “Y gala”".
     */
    private static final Pattern EVENT_NAME = Pattern.compile("\\b(?:gala|galas|league|leagues|festival|festivals"
            + "|games|cup|show|shows|expo|fair|tournament|championships?|concerts?|contests?|competitions?|marathon)$");
    /** Words that introduce a quotation: "the report pointed out that “...”". */
    private static final KeywordPattern REPORTING = new KeywordPattern(
            "(?:pointed out|points out|emphasi[sz]e[sd]?|stress(?:ed|es)?"
                    + "|said|says|stated|states|noted|notes|declared|requires? us to|required us to|called for|calls for"
                    + "|put forward|proposed|warned|instructed|demanded|asked|say|wrote|writes|put it|goes|go"
                    + "|(?:want\\s+to\\s+|to\\s+)?quote)\\b[^“\"]{0,40}$",
            "point",
            "emphasi",
            "stress",
            "sa",
            "stat",
            "not",
            "declared",
            "requir",
            "call",
            "put",
            "proposed",
            "warned",
            "instructed",
            "demanded",
            "asked",
            "wr",
            "go",
            "want",
            "to",
            "quote");
    /** "As a Chinese saying goes, “...”", "As the ancients put it": the source named before the verb. */
    private static final Pattern AS_SOURCE_GOES = Pattern.compile(
            "\\bas\\s+((?:an?|the|our)\\s+)?([a-z][a-z' -]{2,40}?)\\s+(?:goes|go|says|put it|puts it),?\\s*$");
    /** "quote Su Shi, a renowned poet, “...”": a person named by capitalised words after "quote". */
    private static final Pattern QUOTE_NAME =
            Pattern.compile("\\bquote\\s+([A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,2})\\b[^“\"]{0,40}$");
    /** A whole sentence in quotation marks: a capital first, a full stop (or ! ?) last inside the marks. */
    static final Pattern WHOLE_SENTENCE = Pattern.compile("\\s*[A-Z][^“”\"]*\\s[^“”\"]*\\s[^“”\"]*[.!?]\\s*");
    /** One quoted word: compiled once, as String.matches compiles its expression on every call. */
    private static final Pattern ONE_WORD = Pattern.compile("[a-z'-]+");

    /** Longer than any match of {@link #REPORTING}: its longest verb ("required us to") and 40 more chars. */
    private static final int REPORTING_REACH = 64;

    @Override
    public String id() {
        return "quotation";
    }

    @Override
    public List<String> ids() {
        return List.of(id(), "formulation");
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        if (!(ctx.mentions("\""))) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        // a quotation may run over several sentences: it belongs to the one it opens in
        int paragraphEnd = ctx.sentence().paragraph().span().end();
        Matcher q = QUOTED.matcher(ctx.text());
        int closedUpTo = ctx.span().start();
        while (findFrom(q, ctx.text(), closedUpTo, ctx.span().end(), paragraphEnd)
                && q.start() < ctx.span().end()) {
            unclosedFormulation(ctx, closedUpTo, q.start()).ifPresent(out::add);
            closedUpTo = q.end();
            Span inner = innerSpan(ctx.text(), q.start(1), q.end(1));
            if (inner.length() == 0) {
                continue;
            }
            String words = inner.of(ctx.text());
            // a match ends where the quotation opens and is at most REPORTING_REACH long: search only that
            // tail of the sentence's lead, where \b at its start still sees the char before
            int leadStart = ctx.span().start();
            boolean reported =
                    REPORTING.find(ctx.folded(), Math.max(leadStart, q.start() - REPORTING_REACH), leadStart, q.start())
                            != null;
            // a whole sentence quoted ("Just as ..., ... ."), however short, is a quotation, not a set phrase
            boolean sentence = (quotesWholeSentence(ctx.text(), q.start(1), q.end(1))
                            || quotesChineseSentence(ctx.text(), q.start(1), q.end(1)))
                    && !(ctx.mentions("titled") && ctx.titles().stream().anyMatch(t -> t.overlaps(inner)));
            if (!reported && !sentence && Phrases.splitCount(words) <= MAX_FORMULATION_WORDS) {
                formulation(ctx, inner, q.end()).ifPresent(out::add);
            } else {
                named(ctx, q.start())
                        .or(() -> source(ctx, inner, reported))
                        .ifPresent(src -> out.add(new Finding.Quotation(id(), src, inner, ctx.sentence())));
            }
        }
        if (closedUpTo < ctx.span().end()) {
            unclosedFormulation(ctx, closedUpTo, ctx.span().end()).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Whether {@code [from, to)} of the text is a whole sentence, {@link #WHOLE_SENTENCE}: its first letter a
     * capital, its last char (before spaces) a full stop, "!" or "?", at least two spaces between, and no
     * quotation mark. Read by hand: the expression tried every way of placing its two spaces.
     */
    static boolean quotesWholeSentence(String text, int from, int to) {
        int first = from;
        while (first < to && KeywordPattern.isRegexSpace(text.charAt(first))) {
            first++;
        }
        int last = to - 1;
        while (last > first && KeywordPattern.isRegexSpace(text.charAt(last))) {
            last--;
        }
        if (first >= last
                || text.charAt(first) < 'A'
                || text.charAt(first) > 'Z'
                || ".!?".indexOf(text.charAt(last)) < 0) {
            return false;
        }
        int spaces = 0;
        for (int i = first + 1; i < last; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '”' || c == '"') {
                return false;
            }
            spaces += KeywordPattern.isRegexSpace(c) ? 1 : 0;
        }
        return spaces >= 2;
    }

    /**
     * Whether {@code [from, to)} of the text is a Chinese sentence (世界上…的团聚。): Han words closed by
     * 。, ！ or ？ inside the marks. A set phrase is never closed so; a saying or a speaker's words are.
     */
    static boolean quotesChineseSentence(String text, int from, int to) {
        int last = to - 1;
        while (last > from && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        return last > from && "。！？".indexOf(text.charAt(last)) >= 0 && Lexicon.isHan(text.charAt(last - 1));
    }

    /**
     * {@code q.find()} continued from {@code from} (the last quotation's end) in {@code [from, paragraphEnd)},
     * when the quotation it finds opens in the sentence: a quotation starts with a mark, so only the marks
     * before the sentence's end are tried (the expression tried every offset up to the next mark in the
     * paragraph, and on past a mark that closes nothing).
     */
    private static boolean findFrom(Matcher q, String text, int from, int sentenceEnd, int paragraphEnd) {
        for (int i = from; i < sentenceEnd; i++) {
            char c = text.charAt(i);
            if ((c == '“' || c == '"') && q.region(i, paragraphEnd).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An opening mark that is never closed (translations drop closing marks) still quotes a set phrase
     * when a formulation of the scheme follows it directly: "build a “community with a shared future
     * for humanity, and ...".
     */
    private static Optional<Finding> unclosedFormulation(SentenceContext ctx, int from, int to) {
        String f = ctx.folded();
        // a bounded loop: indexOf would read on to the next quotation mark anywhere in the text
        for (int i = from; i < to; i++) {
            if (f.charAt(i) != '"') {
                continue;
            }
            if (ctx.text().charAt(i) == '”') {
                continue; // a stray closing mark opens nothing
            }
            int start = i + 1;
            while (start < to && Character.isWhitespace(f.charAt(start))) {
                start++;
            }
            List<Lexicon.Match> known = ctx.find(
                    ctx.lexicons().formulations(), f, new Span(start, ctx.span().end()));
            if (!known.isEmpty() && known.get(0).span().start() == start) {
                Span span = known.get(0).span();
                return Optional.of(new Finding.EntityUse(
                        "formulation",
                        EntityKind.FORMULATION,
                        known.get(0).iri(),
                        false,
                        span.of(ctx.text()),
                        span,
                        ctx.sentence()));
            }
        }
        return Optional.empty();
    }

    private static Span innerSpan(String text, int start, int end) {
        String s = text.substring(start, end);
        Matcher lead = LEADING.matcher(s);
        int from = lead.find() ? lead.end() : 0;
        Matcher trail = TRAILING.matcher(s);
        int to = trail.find() && trail.start() >= from ? trail.start() : s.length();
        return new Span(start + from, start + to);
    }

    /** @param closed where the closing mark ends */
    private Optional<Finding> formulation(SentenceContext ctx, Span inner, int closed) {
        String folded = inner.of(ctx.folded());
        if (ctx.lexicons().documents().exact(folded).isPresent()) {
            return Optional.empty(); // a quoted title is a citation, which the document rule reports
        }
        if (ctx.hasHan()
                && ChineseLawNames.find(ctx).stream().anyMatch(m -> m.span().contains(inner))) {
            return Optional.empty(); // “十四五”规划: the quoted words begin a title, cited by the document rule
        }
        if (ctx.mentions("titled") && ctx.titles().stream().anyMatch(t -> t.overlaps(inner))) {
            return Optional.empty(); // "a white paper titled “...”": a title, cited by the document rule
        }
        if (DEFINED.matcher(ctx.folded().substring(closed, Math.min(ctx.folded().length(), closed + 20)))
                .find()) {
            return Optional.empty();
        }
        if (ctx.mentions("hereinafter", "hereafter")
                && SHORT_NAME_BEFORE
                        .matcher(ctx.folded())
                        .region(Math.max(ctx.span().start(), inner.start() - 40), inner.start())
                        .find()) {
            return Optional.empty(); // (hereinafter "the system"): a short name the text gives itself, no slogan
        }
        Optional<String> known = ctx.lexicons().formulations().exact(folded);
        Span span = inner;
        if (known.isEmpty()) {
            Optional<Lexicon.Match> completed = completedAfterQuote(ctx, inner, closed);
            if (completed.isPresent()) {
                known = Optional.of(completed.get().iri());
                span = completed.get().span();
            }
        }
        // a candidate must read as a set phrase: one quoted word is a term glossed, an event's name no slogan
        if (known.isEmpty()
                && (ONE_WORD.matcher(folded).matches()
                        || EVENT_NAME.matcher(folded).find())) {
            return Optional.empty();
        }
        String iri = known.orElse(PKG.FORMULATION_NS + "candidate/" + CandidateConcepts.slug(folded));
        return Optional.of(new Finding.EntityUse(
                "formulation",
                EntityKind.FORMULATION,
                iri,
                known.isEmpty(),
                span.of(ctx.text()),
                span,
                ctx.sentence()));
    }

    /**
     * A set phrase quoted only in part: "the “one, three, five minute” quick response mechanism". The
     * quoted words and the words after the closing mark, read as one phrase, begin with a formulation of
     * the scheme that runs past the mark; the span then covers the whole phrase, closing mark included.
     */
    private static Optional<Lexicon.Match> completedAfterQuote(SentenceContext ctx, Span inner, int closed) {
        int end = ctx.span().end();
        if (closed >= end || !Character.isWhitespace(ctx.folded().charAt(closed))) {
            return Optional.empty();
        }
        String joined = inner.of(ctx.folded()) + ctx.folded().substring(closed, end);
        List<Lexicon.Match> found = ctx.lexicons().formulations().find(joined, new Span(0, joined.length()));
        if (found.isEmpty()
                || found.get(0).span().start() != 0
                || found.get(0).span().end() <= inner.length()) {
            return Optional.empty();
        }
        int stop = closed + found.get(0).span().end() - inner.length();
        return Optional.of(new Lexicon.Match(found.get(0).iri(), new Span(inner.start(), stop)));
    }

    /**
     * A source the lead names without a scheme's name: "As a Chinese saying goes" (the saying, a candidate
     * document minted from its words), "quote Su Shi, a renowned poet," (the person, a candidate actor).
     */
    private static Optional<String> named(SentenceContext ctx, int quoteStart) {
        int from = Math.max(ctx.span().start(), quoteStart - REPORTING_REACH);
        // each expression is tried at every offset of the lead: only where the words it needs stand
        Matcher person = QUOTE_NAME.matcher(ctx.text()).region(from, quoteStart);
        if (CharScan.indexOf(ctx.text(), "quote", from, quoteStart) >= 0
                && person.find()
                && ctx.find(ctx.lexicons().actors(), ctx.folded(), new Span(person.start(1), person.end(1)))
                        .isEmpty()) {
            return Optional.of(PKG.ACTOR_NS + "candidate/" + CandidateConcepts.slug(Lexicon.fold(person.group(1))));
        }
        Matcher saying = AS_SOURCE_GOES.matcher(ctx.folded()).region(from, quoteStart);
        if (namesSaying(ctx.folded(), from, quoteStart) && saying.find()) {
            return Optional.of(PKG.DOCUMENT_NS + "candidate/" + CandidateConcepts.slug(saying.group(2)));
        }
        return Optional.empty();
    }

    /** Whether {@code [from, to)} holds a verb {@link #AS_SOURCE_GOES} needs: "go(es)", "says", "put(s) it". */
    private static boolean namesSaying(String f, int from, int to) {
        return CharScan.indexOf(f, "go", from, to) >= 0
                || CharScan.indexOf(f, "says", from, to) >= 0
                || CharScan.indexOf(f, "put", from, to) >= 0;
    }

    /**
     * The document or actor named before the quotation in its sentence, else, for a reported one ("the report
     * stresses that ..."), the document cited last; a sentence quoted without a reporting verb (a saying opening
     * a speech, its source in a footnote) is not the last cited document's.
     */
    private static Optional<String> source(SentenceContext ctx, Span quote, boolean reported) {
        Span before = new Span(ctx.span().start(), quote.start());
        List<Lexicon.Match> documents = ctx.find(ctx.lexicons().documents(), ctx.folded(), before);
        if (!documents.isEmpty()) {
            return Optional.of(documents.get(documents.size() - 1).iri());
        }
        List<Lexicon.Match> actors = ctx.find(ctx.lexicons().actors(), ctx.folded(), before);
        if (!actors.isEmpty()) {
            return Optional.of(actors.get(actors.size() - 1).iri());
        }
        return reported ? Optional.ofNullable(ctx.memory().lastCitedDocument()) : Optional.empty();
    }
}
