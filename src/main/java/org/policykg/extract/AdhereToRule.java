package org.policykg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Adhere to X" as a directive: at the head of a sentence (the imperative of headings and lists) or
 * after a modal of obligation ("we must", "it is necessary to"). Participles in running text
 * ("by adhering to ...") describe rather than direct, and are left alone.
 */
final class AdhereToRule implements Rule {
    private static final Pattern VERB = Pattern.compile("\\badhere(?:s)?\\s+to\\s+(?:and\\s+[a-z]+\\s+)?");
    private static final Pattern OBLIGATION = Pattern.compile(
            "(?:\\bmust|\\bshould|\\bneeds? to|\\bnecessary to|\\bhave to|\\bhas to|\\bshall|\\bcontinue to|\\bwill)"
                    + "(?:\\s+[a-z]+ly)?(?:\\s+also)?\\s*$");
    private static final Pattern OBJECT_END = Pattern.compile("[.;:,!?]");

    @Override
    public String id() {
        return "adhere-to";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        String f = ctx.folded();
        Span s = ctx.span();
        Matcher verb = VERB.matcher(f).region(s.start(), s.end());
        if (!verb.find()) {
            return List.of();
        }
        String before = f.substring(s.start(), verb.start());
        if (!before.isBlank() && !OBLIGATION.matcher(before).find()) {
            return List.of();
        }
        Matcher stop = OBJECT_END.matcher(f).region(verb.end(), s.end());
        int objectEnd = stop.find() ? stop.start() : s.end();
        Span object = PageReader.trim(f, verb.end(), objectEnd);
        if (object.length() == 0) {
            return List.of();
        }
        List<String> concepts = ctx.concepts().find(f, object).stream()
                .map(Lexicon.Match::iri)
                .distinct()
                .toList();
        Span evidence = new Span(verb.start(), object.end());
        return List.of(
                new Finding.Directive(id(), "adhere", concepts, object.of(ctx.text()), evidence, ctx.sentence()));
    }
}
