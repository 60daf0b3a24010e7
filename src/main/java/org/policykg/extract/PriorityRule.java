package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Give top priority to X" (also "first", "overriding"): X takes the role of top priority. */
final class PriorityRule implements Rule {
    /** Tried only where a verb of it stands: a matcher tried every offset of the sentence. */
    private static final KeywordPattern PRIORITY = new KeywordPattern(
            "(?:give|gives|giving|gave|given|place|placing|put|putting)\\s+(?:top|first|overriding|the highest)\\s+priority\\s+to\\s+",
            "give",
            "giving",
            "gave",
            "place",
            "placing",
            "put");

    /** "give priority to X", "prioritize X": X is a priority, the role focus (重点), not the top one. */
    private static final Pattern PRIORITY_TO = Pattern.compile(
            "\\b(?:(?:give|gives|giving|gave|given|accord|accords|according)\\s+(?:high\\s+|higher\\s+|greater\\s+)?priority\\s+to"
                    + "|(?:prioriti[sz]e|prioriti[sz]es|prioriti[sz]ing))\\s+");

    private static final Pattern OBJECT_END = Pattern.compile("[.;:,!?]|\\s(?:and|as|while|which)\\s");

    @Override
    public String id() {
        return "priority-to";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        if (!(ctx.mentions("priority", "prioriti"))) {
            return List.of();
        }
        String f = ctx.folded();
        Optional<String> topPriority = ctx.roles().exact("top priority");
        List<Finding> out = new ArrayList<>();
        int from = ctx.span().start();
        int to = ctx.span().end();
        for (Matcher m = topPriority.isPresent() ? PRIORITY.find(f, from, from, to) : null;
                m != null;
                m = PRIORITY.find(f, m.end(), from, to)) {
            Matcher end = OBJECT_END.matcher(f).region(m.end(), ctx.span().end());
            Span object = PageReader.trim(
                    f, m.end(), end.find() ? end.start() : ctx.span().end());
            for (Lexicon.Match c : Phrases.concepts(f, object, ctx.concepts())) {
                out.add(new Finding.Role(
                        id(), c.iri(), topPriority.get(), new Span(m.start(), object.end()), ctx.sentence()));
            }
        }
        if (out.isEmpty() && ctx.mentions("priority to", "prioriti")) {
            ctx.roles().exact("focus").ifPresent(focus -> focus(ctx, focus, out));
        }
        return out;
    }

    private void focus(SentenceContext ctx, String focus, List<Finding> out) {
        String f = ctx.folded();
        Matcher m = PRIORITY_TO.matcher(f).region(ctx.span().start(), ctx.span().end());
        while (m.find()) {
            Matcher end = OBJECT_END.matcher(f).region(m.end(), ctx.span().end());
            Span object = PageReader.trim(
                    f, m.end(), end.find() ? end.start() : ctx.span().end());
            List<Lexicon.Match> concepts = Phrases.concepts(f, object, ctx.concepts());
            // the object is the concepts themselves, not a phrase that merely holds one
            if (!concepts.isEmpty() && Phrases.covers(f, object, concepts)) {
                for (Lexicon.Match c : concepts) {
                    out.add(new Finding.Role(id(), c.iri(), focus, new Span(m.start(), object.end()), ctx.sentence()));
                }
            }
        }
    }
}
