package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.extract.Finding.EntityKind;
import org.policykg.vocab.PKG;

/**
 * Actors named and documents cited: longest matches of the actor and document schemes. A capitalised
 * title ending in Law, Outline, Plan, Decision, ... that the scheme lacks is cited as a candidate
 * document, shared across texts by its words.
 */
final class EntityRule implements Rule {
    private static final Pattern DOCUMENT_TITLE = Pattern.compile(
            "\\b(?:the\\s+)?((?:[A-Z][\\w'-]*\\s+|of\\s+|on\\s+|for\\s+|and\\s+|the\\s+){1,8}"
                    + "(?:Law|Outline|Plan|Decision|Resolution|Opinions|Regulations|Constitution|Strategy|White Paper))\\b");

    private static final String[] TITLE_WORDS = {
        "law",
        "outline",
        "plan",
        "decision",
        "resolution",
        "opinions",
        "regulations",
        "constitution",
        "strategy",
        "white paper"
    };
    /** The last words of {@link #DOCUMENT_TITLE}, as it needs them (case-sensitive). */
    private static final String[] CAPITALISED_TITLE_WORDS = {
        "Law",
        "Outline",
        "Plan",
        "Decision",
        "Resolution",
        "Opinions",
        "Regulations",
        "Constitution",
        "Strategy",
        "White Paper"
    };

    private static final Pattern ORDINAL_BEFORE = Pattern.compile("\\d+(?:st|nd|rd|th)\\s+$");

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

    /**
     * Whether a name stands for an actor here, rather than for an event ("the 20th Party Congress"), a
     * possessive modifier ("the CCP's leadership") or a parenthetical acronym ("Chinese Communist Party (CCP)").
     */
    private static boolean actsHere(String f, Span name) {
        String before = f.substring(Math.max(0, name.start() - 12), name.start());
        String after = f.substring(name.end(), Math.min(f.length(), name.end() + 3));
        return !ORDINAL_BEFORE.matcher(before).find()
                && !after.startsWith("'s")
                && !(before.endsWith("(") && after.startsWith(")"));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        List<Finding> out = new ArrayList<>();
        List<Lexicon.Match> matches = ctx.find(lexicon.apply(ctx.lexicons()), ctx.folded(), ctx.span());
        if (kind == EntityKind.ACTOR && !matches.isEmpty()) { // no actor named: no doctrine to look for
            List<Lexicon.Match> doctrines = ctx.find(ctx.lexicons().formulations(), ctx.folded(), ctx.span());
            matches = matches.stream()
                    .filter(m -> actsHere(ctx.folded(), m.span()))
                    .filter(m -> doctrines.stream().noneMatch(d -> d.span().overlaps(m.span())))
                    .toList();
        }
        for (Lexicon.Match m : matches) {
            out.add(new Finding.EntityUse(id, kind, m.iri(), false, m.span().of(ctx.text()), m.span(), ctx.sentence()));
        }
        if (kind == EntityKind.DOCUMENT && ctx.mentions(TITLE_WORDS)) {
            // the title's last word is capitalised: without one the expression cannot match
            boolean titled = ctx.textMentions(CAPITALISED_TITLE_WORDS);
            Matcher title = DOCUMENT_TITLE
                    .matcher(ctx.text())
                    .region(ctx.span().start(), ctx.span().end());
            while (titled && title.find()) {
                Span span = new Span(title.start(1), title.end(1));
                if (matches.stream().noneMatch(m -> m.span().overlaps(span))) {
                    String iri = PKG.DOCUMENT_NS + "candidate/" + CandidateConcepts.slug(Lexicon.fold(title.group(1)));
                    out.add(new Finding.EntityUse(id, kind, iri, true, title.group(1), span, ctx.sentence()));
                }
            }
            out.stream()
                    .map(f -> ((Finding.EntityUse) f).iri())
                    .reduce((a, b) -> b)
                    .ifPresent(ctx.memory()::cited);
        }
        return out;
    }
}
