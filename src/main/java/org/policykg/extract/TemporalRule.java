package org.policykg.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, periods and targets: "by 2035", "in 2021", "since 2012", "on November 24, 2022", and
 * periods counted from a Party Congress ("since the 18th National Congress"), whose year is known;
 * in Chinese text, the dates {@link ChineseDates} reads.
 */
final class TemporalRule implements Rule {
    /** {@code \\b} + this, tried only where one of its first words stands (most offsets of a sentence start none). */
    static final KeywordPattern CONGRESS = new KeywordPattern(
            "(since|before|from)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)"
                    + "\\s+(?:(?:cpc|ccp|party)\\s+)?(?:national\\s+)?(?:party\\s+)?congress"
                    + "(?:\\s+of\\s+the\\s+(?:ccp|cpc|communist party of china|chinese communist party))?(?:\\s+\\((?:ccp|cpc)\\))?",
            "since",
            "before",
            "from");
    /** Periods counted from the events of the register that every reader dates. */
    private static final KeywordPattern EVENT = new KeywordPattern(
            "(since|after)\\s+(?:the\\s+)?(founding of (?:new china"
                    + "|the people's republic of china|the prc)|(?:the\\s+(?:launch|start|beginning|introduction)\\s+of\\s+(?:the\\s+)?)?reform and opening(?:[- ]up)?"
                    + "|the reform and opening(?:[- ]up)?"
                    + "|end of (?:world war ii|the second world war)"
                    // the milestones of modern history white papers count periods from
                    + "|(?:first|second|third|fourth) industrial revolution|end of the cold war)",
            "since",
            "after");

    /** A noun of time just before "after": "the early days after ...". */
    private static final Pattern TIME_BEFORE =
            Pattern.compile("\\b(?:days|years|months|decades|period|time|times)\\s+$");
    /** "Since the law took effect on ...": the clause opened by "since" counts from the date it ends on. */
    private static final Pattern SINCE_CLAUSE = Pattern.compile("\\bsince\\s[^,;:]*$");

    private static final Map<String, String> EVENT_YEARS =
            Map.of("founding-of-new-china", "1949", "reform-and-opening", "1978", "end-of-world-war-ii", "1945");
    /** A clock time before a date: the page's posting time ("15:10, May 12, 2025"), not a date the text states. */
    private static final Pattern POSTING_TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}(?::\\d{2})?,?\\s*$");
    /** "in the next five years": a period ending a number of years after the document was issued. */
    private static final KeywordPattern NEXT_YEARS = new KeywordPattern(
            "(?:in|for|over|during|within)\\s+the\\s+(?:next|coming)\\s+(\\p{L}+|\\d{1,2})\\s+years\\b",
            "in",
            "for",
            "over",
            "during",
            "within");

    private static final List<String> NUMBERS =
            List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final String[] MONTHS = {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december"
    };
    /** The months news agencies abbreviate in datelines and dates ("Aug. 31", "Sept. 4, 2024"). */
    private static final String[] MONTH_ABBREVIATIONS = {"jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."};
    /** A month's name or its abbreviation, as the date expressions below read it. */
    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan\\.|feb\\.|aug\\.|sept\\.|oct\\.|nov\\.|dec\\.)";
    /** The words a date's expression may open with: a preposition or the month. */
    private static final String[] DATE_WORDS = java.util.stream.Stream.of(
                    java.util.stream.Stream.of("on", "in", "since", "by", "until", "before"),
                    java.util.Arrays.stream(MONTHS),
                    java.util.Arrays.stream(MONTH_ABBREVIATIONS).map(a -> a.substring(0, a.length() - 1)))
            .flatMap(w -> w)
            .toArray(String[]::new);

    /** The words a day-first date may open with: a preposition or the day's digits. */
    private static final String[] DAY_FIRST_WORDS = {
        "on", "since", "by", "until", "before", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"
    };

    private static final KeywordPattern FULL_DATE = new KeywordPattern(
            "(?:(on|since|by|until|before)\\s+)?(" + MONTH + "\\s+\\d{1,2},\\s+(?:19|20)\\d\\d)", DATE_WORDS);
    /**
     * "12 March 2021", "on 5 November 2019": a full date with the day first, as datelines of news sites and
     * British-style translations write it.
     */
    private static final KeywordPattern DAY_FIRST_DATE = new KeywordPattern(
            "(?:(on|since|by|until|before)\\s+)?((\\d{1,2})\\s+(" + MONTH + ")\\s+((?:19|20)\\d\\d))\\b",
            DAY_FIRST_WORDS);
    /** A month and a dash right before a month: the start of a range of months ("April-June 2018"). */
    private static final Pattern MONTH_RANGE_BEFORE = Pattern.compile(
            "\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s?[-–—]\\s?$");
    /** "March 2019", "in May 2024": a month of a year, without a day. */
    private static final KeywordPattern MONTH_YEAR = new KeywordPattern(
            "(?:(in|since|by|until|before)\\s+)?(january|february"
                    + "|march|april|may|june|july|august|september|october|november|december)\\s+((?:19|20)\\d\\d)\\b",
            DATE_WORDS);
    /**
     * "on March 5", "BEIJING, May 12 (Xinhua)": a month and day without a year, which datelines and reports
     * leave to the year the document was issued.
     */
    private static final KeywordPattern MONTH_DAY = new KeywordPattern(
            "(?:(on|since|by|until|before)\\s+)?(" + MONTH + ")\\s+(\\d{1,2})\\b"
                    + "(?!,?\\s+(?:19|20)\\d\\d|[:.,]?\\d)",
            DATE_WORDS);
    /** A year opening a heading line ("2023 New Year Address", "I. 2018 in Review"): the year it is about. */
    private static final Pattern HEADING_YEAR = Pattern.compile("(?:[ivx]+\\.\\s+)?((?:19|20)\\d\\d)\\s+(?=\\p{L})");
    /** {@code \\b} + this, tried only where one of its first words stands; "the year 2018" names the year. */
    static final KeywordPattern YEAR = new KeywordPattern(
            "(by|in|since|until|before|from|through|to|during|of|as early as|as of|the year)\\s+(?:the\\s+(?:end|middle|beginning)\\s+of\\s+)?"
                    // "in early 2023", "by mid-2025": a part of the year still dates it by its year
                    + "(?:(?:early|late|mid)(?:-|\\s+))?((?:19|20)\\d\\d)\\b",
            "by",
            "in",
            "since",
            "until",
            "before",
            "from",
            "through",
            "to",
            "during",
            "of",
            "as",
            "the");
    /**
     * "this year", "by the end of next year": a calendar year named from the year the document was issued
     * (a government work report's "this year" is its year of issue). "The past year" is a span of twelve
     * months, not a calendar year, and is left out.
     */
    private static final KeywordPattern DEICTIC_YEAR = new KeywordPattern(
            "(?:(by|in|until|before|since|during|for|of|through)\\s+)?"
                    + "(?:the\\s+(?:end|middle|beginning|first half|second half)\\s+of\\s+)?(this|next|last)\\s+year\\b(?!s\\b|['’]s\\b)",
            "by",
            "in",
            "until",
            "before",
            "since",
            "during",
            "for",
            "of",
            "through",
            "the",
            "this",
            "next",
            "last");
    /** "2021-2025", "(2021–25)": a period named by its first and last years. */
    private static final FirstCharPattern PERIOD = new FirstCharPattern(
            "((?:19|20)\\d\\d)\\s?[-–—]\\s?((?:19|20)?\\d\\d)(?![\\w-])",
            CharSet.of("12"),
            CharSet.of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-"));
    /** "between 2013 and 2023": a period named by its first and last years in words. */
    private static final KeywordPattern BETWEEN_YEARS =
            new KeywordPattern("between\\s+((?:19|20)\\d\\d)\\s+and\\s+((?:19|20)\\d\\d)\\b", "between");
    /** Years of the National Congresses of the CCP, for periods counted from one. */
    private static final Map<Integer, Integer> CONGRESS_YEARS =
            Map.of(13, 1987, 14, 1992, 15, 1997, 16, 2002, 17, 2007, 18, 2012, 19, 2017, 20, 2022, 21, 2027);

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    @Override
    public String id() {
        return "temporal";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        List<Finding> english = english(ctx);
        // a sentence without Han characters (known once for all the rules) holds no 年: not searched for it
        if (!ctx.hasHan() || !ctx.mentions("年")) {
            return english;
        }
        List<Finding> out = new ArrayList<>(english);
        out.addAll(ChineseDates.find(ctx, id()));
        return out;
    }

    private List<Finding> english(SentenceContext ctx) {
        if (!(ctx.hasDigit() || ctx.mentions("since", "after", " year"))) {
            return List.of();
        }
        String f = ctx.folded();
        Span s = ctx.span();
        List<Finding> out = new ArrayList<>();
        // each expression runs only where the words it cannot match without stand: most sentences hold none
        if (ctx.hasDigit() && ctx.mentions("congress")) {
            for (Matcher congress = CONGRESS.find(f, s.start(), s.start(), s.end());
                    congress != null;
                    congress = CONGRESS.find(f, congress.end(), s.start(), s.end())) {
                int n = Integer.parseInt(congress.group(2));
                Integer year = CONGRESS_YEARS.get(n);
                String relation = relation(congress.group(1));
                out.add(new Finding.Temporal(
                        id(),
                        year == null ? null : year.toString(),
                        relation,
                        n + ordinal(n) + "-party-congress",
                        new Span(congress.start(), congress.end()),
                        ctx.sentence()));
            }
        }
        if (ctx.mentions("founding of", "reform and opening", "world war", "industrial revolution", "cold war")) {
            for (Matcher event = EVENT.find(f, s.start(), s.start(), s.end());
                    event != null;
                    event = EVENT.find(f, event.end(), s.start(), s.end())) {
                if (event.group(1).equals("after")
                        && TIME_BEFORE
                                .matcher(f)
                                .region(s.start(), event.start())
                                .find()) {
                    continue; // "in the early years after the founding": a span with no bound stated
                }
                String slug = event.group(2).startsWith("founding")
                        ? "founding-of-new-china"
                        : event.group(2).endsWith("cold war")
                                ? "end-of-the-cold-war"
                                : event.group(2).startsWith("end of")
                                        ? "end-of-world-war-ii"
                                        : event.group(2).endsWith("industrial revolution")
                                                ? event.group(2).replace(' ', '-')
                                                : "reform-and-opening";
                out.add(new Finding.Temporal(
                        id(),
                        EVENT_YEARS.get(slug),
                        "since",
                        slug,
                        new Span(event.start(), event.end()),
                        ctx.sentence()));
            }
        }
        if (ctx.mentions("next", "coming") && ctx.mentions("years")) {
            for (Matcher next = NEXT_YEARS.find(f, s.start(), s.start(), s.end());
                    next != null;
                    next = NEXT_YEARS.find(f, next.end(), s.start(), s.end())) {
                String n = next.group(1);
                int years = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : NUMBERS.indexOf(n);
                Integer issued = ctx.memory().issuedYear();
                if (years > 0) {
                    String until = issued == null ? null : Integer.toString(issued + years);
                    out.add(new Finding.Temporal(
                            id(), until, "until", null, new Span(next.start(), next.end()), ctx.sentence()));
                }
            }
        }
        if (ctx.hasDigit() && (ctx.mentions(MONTHS) || ctx.mentions(MONTH_ABBREVIATIONS))) {
            for (Matcher date = FULL_DATE.find(f, s.start(), s.start(), s.end());
                    date != null;
                    date = FULL_DATE.find(f, date.end(), s.start(), s.end())) {
                if (POSTING_TIME.matcher(f).region(s.start(), date.start()).find()) {
                    continue;
                }
                try {
                    String iso = LocalDate.parse(capitalised(fullMonth(date.group(2))), LONG_DATE)
                            .toString();
                    String preposition = date.group(1);
                    if ("on".equals(preposition)
                            && SINCE_CLAUSE
                                    .matcher(f)
                                    .region(s.start(), date.start())
                                    .find()) {
                        preposition = "since";
                    }
                    out.add(new Finding.Temporal(
                            id(),
                            iso,
                            relation(preposition),
                            null,
                            new Span(date.start(), date.end()),
                            ctx.sentence()));
                } catch (DateTimeParseException e) {
                    // "February 30, 2022" is no date: nothing to report
                }
            }
            for (Matcher date = DAY_FIRST_DATE.find(f, s.start(), s.start(), s.end());
                    date != null;
                    date = DAY_FIRST_DATE.find(f, date.end(), s.start(), s.end())) {
                dayFirst(ctx, date).ifPresent(out::add);
            }
            Integer issued = ctx.memory().issuedYear();
            for (Matcher day = issued != null ? MONTH_DAY.find(f, s.start(), s.start(), s.end()) : null;
                    day != null;
                    day = MONTH_DAY.find(f, day.end(), s.start(), s.end())) {
                Span span = new Span(day.start(), day.end());
                // "may" is a modal unless written as the month's name
                boolean month = !day.group(2).equals("may") || ctx.text().charAt(day.start(2)) == 'M';
                if (month && out.stream().noneMatch(t -> t.evidence().overlaps(span))) {
                    try {
                        String iso = LocalDate.of(
                                        issued,
                                        java.time.Month.valueOf(
                                                fullMonth(day.group(2)).toUpperCase(Locale.ROOT)),
                                        Integer.parseInt(day.group(3)))
                                .toString();
                        out.add(new Finding.Temporal(id(), iso, relation(day.group(1)), null, span, ctx.sentence()));
                    } catch (java.time.DateTimeException e) {
                        // "February 30" is no date: nothing to report
                    }
                }
            }
            for (Matcher month = MONTH_YEAR.find(f, s.start(), s.start(), s.end());
                    month != null;
                    month = MONTH_YEAR.find(f, month.end(), s.start(), s.end())) {
                Span span = new Span(month.start(), month.end());
                // "April-June 2018": the last month of a range (a journal's issue, a quarter) is not its date
                if (MONTH_RANGE_BEFORE
                        .matcher(f)
                        .region(s.start(), month.start())
                        .find()) {
                    continue;
                }
                if (out.stream().noneMatch(t -> t.evidence().overlaps(span))) {
                    int m = java.time.Month.valueOf(month.group(2).toUpperCase(Locale.ROOT))
                            .getValue();
                    out.add(new Finding.Temporal(
                            id(),
                            month.group(3) + "-" + (m < 10 ? "0" : "") + m,
                            relation(month.group(1)),
                            null,
                            span,
                            ctx.sentence()));
                }
            }
        }
        if (ctx.mentions("this year", "next year", "last year") && ctx.memory().issuedYear() != null) {
            int issued = ctx.memory().issuedYear();
            for (Matcher deictic = DEICTIC_YEAR.find(f, s.start(), s.start(), s.end());
                    deictic != null;
                    deictic = DEICTIC_YEAR.find(f, deictic.end(), s.start(), s.end())) {
                int offset = switch (deictic.group(2)) {
                    case "next" -> 1;
                    case "last" -> -1;
                    default -> 0;
                };
                out.add(new Finding.Temporal(
                        id(),
                        Integer.toString(issued + offset),
                        relation(deictic.group(1)),
                        null,
                        new Span(deictic.start(), deictic.end()),
                        ctx.sentence()));
            }
        }
        if (ctx.mentions("19", "20")) {
            for (Matcher period = PERIOD.find(f, s.start(), s.start(), s.end());
                    period != null;
                    period = PERIOD.find(f, period.end(), s.start(), s.end())) {
                String first = period.group(1);
                String last = period.group(2).length() == 2 ? first.substring(0, 2) + period.group(2) : period.group(2);
                if (Integer.parseInt(last) > Integer.parseInt(first)) {
                    out.add(new Finding.Temporal(
                            id(), first, "during", null, last, new Span(period.start(), period.end()), ctx.sentence()));
                }
            }
            if (ctx.mentions("between")) {
                for (Matcher period = BETWEEN_YEARS.find(f, s.start(), s.start(), s.end());
                        period != null;
                        period = BETWEEN_YEARS.find(f, period.end(), s.start(), s.end())) {
                    if (Integer.parseInt(period.group(2)) > Integer.parseInt(period.group(1))) {
                        out.add(new Finding.Temporal(
                                id(),
                                period.group(1),
                                "during",
                                null,
                                period.group(2),
                                new Span(period.start(), period.end()),
                                ctx.sentence()));
                    }
                }
            }
            int lineStart = s.start();
            if (lineStart == 0 || f.charAt(lineStart - 1) == '\n') {
                Matcher heading = HEADING_YEAR.matcher(f).region(lineStart, s.end());
                if (heading.lookingAt()) {
                    out.add(new Finding.Temporal(
                            id(),
                            heading.group(1),
                            "in",
                            null,
                            new Span(heading.start(1), heading.end(1)),
                            ctx.sentence()));
                }
            }
            for (Matcher year = YEAR.find(f, s.start(), s.start(), s.end());
                    year != null;
                    year = YEAR.find(f, year.end(), s.start(), s.end())) {
                Span span = new Span(year.start(), year.end());
                if (year.group(1).equals("the year")
                        && Character.isUpperCase(ctx.text().charAt(year.start(1) + 4))) {
                    continue; // "Long-Range Objectives Through the Year 2035": a word of a title, no date stated
                }
                if (out.stream().noneMatch(t -> t.evidence().overlaps(span))) {
                    out.add(new Finding.Temporal(
                            id(), year.group(2), relation(year.group(1)), null, span, ctx.sentence()));
                }
            }
        }
        return out;
    }

    /** The date a day-first match names, unless it is a page's posting time or no calendar day. */
    private java.util.Optional<Finding> dayFirst(SentenceContext ctx, Matcher date) {
        String f = ctx.folded();
        if (POSTING_TIME.matcher(f).region(ctx.span().start(), date.start()).find()) {
            return java.util.Optional.empty();
        }
        try {
            String iso = LocalDate.of(
                            Integer.parseInt(date.group(5)),
                            java.time.Month.valueOf(fullMonth(date.group(4)).toUpperCase(Locale.ROOT)),
                            Integer.parseInt(date.group(3)))
                    .toString();
            return java.util.Optional.of(new Finding.Temporal(
                    id(), iso, relation(date.group(1)), null, new Span(date.start(), date.end()), ctx.sentence()));
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty(); // "30 February 2022" is no date
        }
    }

    private static String relation(String preposition) {
        if (preposition == null) {
            return "in";
        }
        return switch (preposition) {
            case "since", "after", "from" -> "since";
            case "by", "before" -> "by";
            case "until", "through", "to" -> "until";
            default -> "in";
        };
    }

    private static String ordinal(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** The month's full name for an abbreviation at the start of {@code s} ("aug. 31" → "august 31"). */
    private static String fullMonth(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        for (String month : MONTHS) {
            int dot = s.indexOf('.');
            if (month.startsWith(s.substring(0, dot))) {
                return month + s.substring(dot + 1);
            }
        }
        return s;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
