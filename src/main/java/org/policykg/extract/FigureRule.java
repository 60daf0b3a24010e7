package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Figures: a number and the unit that measures it ("98.62 percent", "1.4 billion people", "650 million tons"). */
final class FigureRule implements Rule {
    /** Plural-looking words after a number that are no unit. */
    private static final String NOT_UNITS = "(?:is|was|has|does|this|thus|its|as|us|yes|less|unless|across|towards)";

    private static final Pattern FIGURE = Pattern.compile("(?<![\\w.])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*"
            + "(%|percent|per cent|percentage points?"
            + "|(?:(?:million|billion|trillion|thousand|hundred)\\s+(?:[a-z]+\\s+)?)?(?:tons|tonnes|yuan|dollars|us dollars|people|persons"
            + "|households|cases|kilometers|kilometres|square kilometers|hectares|mu|jin|units|times|years|days|hours|minutes)"
            // a scale word or a decimal fraction measures the plural noun after it: "1.09 billion netizens"
            + "|(?:million|billion|trillion|thousand)\\s+(?!" + NOT_UNITS + "\\b)[a-z]{3,}s"
            + "|(?<=\\d\\.\\d{1,6}\\s{0,3})(?!" + NOT_UNITS + "\\b)[a-z]{3,}s"
            + "|million|billion|trillion)\\b");

    @Override
    public String id() {
        return "figure";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        if (!(ctx.hasDigit())) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(ctx.folded())
                .region(ctx.span().start(), ctx.span().end());
        while (m.find()) {
            String value = m.group(1).replace(",", "");
            // "1.4 billion Chinese people": the adjective is no part of the unit
            String unit = m.group(2).equals("%")
                    ? "percent"
                    : m.group(2)
                            .replaceAll("^(million|billion|trillion|thousand|hundred)\\s+[a-z]+\\s+(?=\\S)", "$1 ")
                            .replaceAll("\\s+", " ");
            if (isYear(value, unit)) {
                continue;
            }
            out.add(new Finding.Figure(id(), value, unit, new Span(m.start(), m.end()), ctx.sentence()));
        }
        return out;
    }

    /** "in 2021 years" is not a thing, but "2035" before a unit word is more likely a year than a count. */
    private static boolean isYear(String value, String unit) {
        return value.matches("(19|20)\\d\\d") && !unit.equals("percent");
    }
}
