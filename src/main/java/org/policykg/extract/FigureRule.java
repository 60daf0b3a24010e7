package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Figures: a number and the unit that measures it ("98.62 percent", "1.4 billion people", "650 million tons"). */
final class FigureRule implements Rule {
    /** Plural-looking words after a number that are no unit. */
    private static final String NOT_UNITS = "(?:is|was|has|does|this|thus|its|as|us|yes|less|unless|across|towards)";
    /** Words that end a noun phrase's modifiers rather than modify its head. */
    private static final String FUNCTION_WORDS =
            "(?:of|the|a|an|and|or|in|on|at|to|for|from|by|with|than|more|over|its|their|our|this|that|these|those|were|are|is|was|have|has|had|will)";
    /** A modifier of a counted noun: "new urban jobs", "smart mining sites". */
    private static final String MODIFIER = "(?:(?!" + FUNCTION_WORDS + "\\b)[a-z][a-z-]*\\s+)";
    /** Units written as symbols: power, energy, voltage, length, mass, area. */
    private static final String SYMBOL_UNITS = "(?:[kmgt]wh|[kmgt]w|[km]v|mva|km2|km|kg|sq km|m3)";

    private static final Pattern SYMBOL = Pattern.compile(SYMBOL_UNITS);
    /** Units of measure a number may carry as a compound adjective: "a 100,000-tonne vessel". */
    private static final String HYPHEN_UNITS =
            "(?:tonne|ton|kilometer|kilometre|meter|metre|kilowatt|megawatt|gigawatt|[kmgt]w|kv|mu|hectare)";
    /** Words that make a unit of measure and stay with it: "metric tons", "square kilometers". */
    private static final Pattern MEASURE_QUALIFIER = Pattern.compile("(?:metric|square|cubic|standard)");

    private static final CharSet DIGITS = CharSet.of("0123456789");
    /** What the figure's look-behind {@code (?<![\\w.])} excludes before its first digit. */
    private static final CharSet WORD_OR_POINT =
            CharSet.of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.");

    private static final FirstCharPattern FIGURE = new FirstCharPattern(
            "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)"
                    + "(?:-(" + HYPHEN_UNITS + ")(?![\\w-])|\\s*"
                    + "(%|percent|per cent|percentage points?|" + SYMBOL_UNITS
                    + "|(?:(?:million|billion|trillion|thousand|hundred)\\s+" + MODIFIER
                    + "{0,2})?(?:tons|tonnes|yuan|dollars|us dollars|people|persons"
                    + "|households|cases|kilometers|kilometres|square kilometers|hectares|mu|jin|units|times|years|days|hours|minutes"
                    // counts of the diplomatic register: "53 countries", "over 95 million members", "seven decades"
                    + "|countries|nations|member states|members|projects|decades|centuries)"
                    // a scale word or a decimal fraction measures the plural noun after it: "1.09 billion netizens"
                    + "|(?:million|billion|trillion|thousand)\\s+" + MODIFIER + "{0,2}(?!" + NOT_UNITS
                    + "\\b)[a-z]{3,}s"
                    + "|(?<=\\d\\.\\d{1,6}\\s{0,3})(?!" + NOT_UNITS + "\\b)[a-z]{3,}s"
                    // a count in the thousands measures the noun phrase it counts, written out: "2,500 river stations"
                    + "|(?<=\\d,\\d{3}\\s{1,3})" + MODIFIER + "{0,2}?(?!" + NOT_UNITS + "\\b)[a-z]{3,}s"
                    // "the 1.4 billion Chinese": a people named by its demonym is counted in people
                    + "|(?:million|billion)\\s+chinese\\b"
                    + "|million|billion|trillion)\\b)",
            DIGITS,
            WORD_OR_POINT);

    /**
     * "for the 19th year in a row", "the 20th consecutive year" (连续N年): a run of years counted by an ordinal,
     * which measures years as "19 years" would.
     */
    private static final Pattern YEARS_RUNNING = Pattern.compile("(?<![\\w.])(\\d{1,3})(?:st|nd|rd|th)\\s+"
            + "(?:(?:consecutive|straight|successive)\\s+years?\\b|years?\\s+in\\s+a\\s+row\\b)");

    /** Number words up to ninety, by value: a span of time is often counted in words. */
    private static final java.util.List<String> NUMBER_WORDS = java.util.List.of(
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen");

    private static final java.util.List<String> TENS =
            java.util.List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    /**
     * "over the past five years", "in the last two decades", "over the subsequent seven decades", "for three
     * decades": a span of time counted in words, which measures as "over the past 40 years" does ("five years
     * ago", "five years later" date, they measure nothing). Without "the", only the spans that run back or on
     * ("for", "over", "throughout"), where "in five years" may also be a deadline.
     */
    private static final KeywordPattern PAST_SPAN = new KeywordPattern(
            "(?:(?:over|in|during|for|through|throughout)\\s+the\\s+(?:past|last|preceding|subsequent|following|ensuing)"
                    + "|for|over|throughout)\\s+(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]"
                    + "(one|two|three|four|five|six|seven|eight|nine))?|(two|three|four|five|six|seven|eight|nine|ten|eleven"
                    + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\\s+(years|decades|centuries)\\b",
            "over",
            "in",
            "during",
            "for",
            "through",
            "throughout");

    /**
     * A count of things with one or two adjectives between number and unit: "53 African countries", "300
     * Chinese enterprises", "832 poor counties" (the unit is the head noun, a plural; the adjectives say
     * which). A bare small count ("in 20 provinces") is no measure; {@link #FIGURE} reads the units it knows.
     */
    private static final FirstCharPattern MODIFIED_COUNT = new FirstCharPattern(
            "(\\d{1,3}(?:,\\d{3})*)\\s+"
                    + "((?:(?!" + FUNCTION_WORDS
                    + "\\b|million\\b|billion\\b|trillion\\b|thousand\\b|hundred\\b)[a-z][a-z-]*\\s+){1,2})"
                    + "(countries|nations|members|people|persons|households|projects|enterprises|companies|cities|provinces"
                    // any other plural head noun that ends its phrase: "30 international organizations", "120
                    // schools and ...", not a verb with its object ("19 fully reflects the ...")
                    + "|(?!" + NOT_UNITS + "\\b|" + FUNCTION_WORDS
                    + "\\b)[a-z]{2,}[a-rt-z]s(?=\\s*(?:[,.;:)]|$|(?:and|or|in|of"
                    + "|for|with|to|from|across|at|on|were|are|have|had|will|that|which|who)\\b)))\\b(?!['’])",
            DIGITS,
            // "COVID-19 vaccines": a number inside a name counts nothing
            CharSet.of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.,-"));

    @Override
    public String id() {
        return "figure";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        boolean spans = ctx.mentions(" years", " decades", " centuries");
        if (!(ctx.hasDigit())) {
            return spans ? pastSpans(ctx) : List.of();
        }
        List<Finding> out = new ArrayList<>();
        if (spans) {
            out.addAll(pastSpans(ctx));
        }
        String f = ctx.folded();
        Span s = ctx.span();
        for (Matcher m = FIGURE.find(f, s.start(), s.start(), s.end());
                m != null;
                m = FIGURE.find(f, m.end(), s.start(), s.end())) {
            String value = m.group(1).replace(",", "");
            String unit = m.group(2) != null ? m.group(2) : unit(m.group(3));
            // a thousands separator or a unit symbol marks a count, never a year
            boolean measure = m.group(1).contains(",")
                    || m.group(2) != null
                    || SYMBOL.matcher(unit).matches();
            if (!measure && isYear(value, unit)) {
                continue;
            }
            out.add(new Finding.Figure(id(), value, unit, new Span(m.start(), m.end()), ctx.sentence()));
        }
        for (Matcher m = MODIFIED_COUNT.find(f, s.start(), s.start(), s.end());
                m != null;
                m = MODIFIED_COUNT.find(f, m.end(), s.start(), s.end())) {
            Span span = new Span(m.start(), m.end());
            if (!YEAR_LIKE.matcher(m.group(1)).matches()
                    && !NUMBERED_PART.matcher(f).region(s.start(), m.start()).find()
                    && out.stream().noneMatch(x -> x.evidence().overlaps(span))) {
                out.add(new Finding.Figure(id(), m.group(1).replace(",", ""), m.group(3), span, ctx.sentence()));
            }
        }
        if (ctx.mentions(" year")) {
            Matcher run = YEARS_RUNNING
                    .matcher(ctx.folded())
                    .region(ctx.span().start(), ctx.span().end());
            while (run.find()) {
                out.add(new Finding.Figure(
                        id(), run.group(1), "years", new Span(run.start(), run.end()), ctx.sentence()));
            }
        }
        return out;
    }

    private List<Finding> pastSpans(SentenceContext ctx) {
        List<Finding> out = new ArrayList<>();
        String f = ctx.folded();
        Span s = ctx.span();
        for (Matcher m = PAST_SPAN.find(f, s.start(), s.start(), s.end());
                m != null;
                m = PAST_SPAN.find(f, m.end(), s.start(), s.end())) {
            int value = m.group(3) != null
                    ? NUMBER_WORDS.indexOf(m.group(3))
                    : TENS.indexOf(m.group(1)) * 10 + (m.group(2) == null ? 0 : NUMBER_WORDS.indexOf(m.group(2)));
            out.add(new Finding.Figure(
                    id(), Integer.toString(value), m.group(4), new Span(m.start(), m.end()), ctx.sentence()));
        }
        return out;
    }

    // compiled once: String.split and String.matches compile their expression on every call
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SCALE = Pattern.compile("million|billion|trillion|thousand|hundred");
    private static final Pattern YEAR_LIKE = Pattern.compile("(19|20)\\d\\d");
    /** A word that numbers a part right before the number: "Article 12 provisions" counts nothing. */
    private static final Pattern NUMBERED_PART =
            Pattern.compile("\\b(?:article|chapter|section|part|item|paragraph|clause|annex|table|no\\.|number)\\s+$");

    /**
     * After a scale word the unit is the counted noun, without the adjectives before it ("1.4 billion
     * Chinese people" counts people) but with the words that make a unit of measure ("metric tons").
     */
    private static String unit(String written) {
        if (written.equals("%")) {
            return "percent";
        }
        String[] words = SPACES.split(written);
        if (words.length == 2 && words[1].equals("chinese")) {
            return words[0] + " people";
        }
        if (words.length < 3 || !SCALE.matcher(words[0]).matches()) {
            return String.join(" ", words);
        }
        StringBuilder unit = new StringBuilder(words[0]);
        for (int i = 1; i < words.length - 1; i++) {
            if (MEASURE_QUALIFIER.matcher(words[i]).matches()) {
                unit.append(' ').append(words[i]);
            }
        }
        return unit.append(' ').append(words[words.length - 1]).toString();
    }

    /** "in 2021 years" is not a thing, but "2035" before a unit word is more likely a year than a count. */
    private static boolean isYear(String value, String unit) {
        return YEAR_LIKE.matcher(value).matches() && !unit.equals("percent");
    }
}
