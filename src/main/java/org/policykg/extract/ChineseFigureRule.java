package org.policykg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures in Chinese text, keyed as the English translation says them: 百分之六 and 6% → 6 percent, 14亿人 →
 * 1.4 billion people (亿 and 万 converted to the English scale), 三十年 → 30 years. Chinese numerals are read
 * when they count (三十, 一百二十: with 十, 百 or 千), not digit by digit (二〇二〇 is a year, a date's). A
 * number after 第 is an ordinal, and a span of years that names a goal (建军一百年奋斗目标) is no figure:
 * years count only where the clause ends or 来, 间, 内 follow, or after a verb of duration (延长三十年). A lone
 * digit counts before a bound (三人以上).
 */
final class ChineseFigureRule implements Rule {
    private static final String NUMERAL = "[零〇一二两三四五六七八九十百千]";
    /** A figure, not after 第, a digit or a point: tried only where a digit or a numeral (百分之 included) stands. */
    private static final FirstCharPattern FIGURE = new FirstCharPattern(
            "(?:百分之(\\d+(?:\\.\\d+)?|" + NUMERAL + "+(?:点[零〇一二三四五六七八九]+)?)"
                    + "|(\\d+(?:\\.\\d+)?|" + NUMERAL + "+)(万亿|亿|万)?(多|余)?"
                    + "(%|％|个百分点|平方公里|公里|人|名|元|吨|斤|亩|户|倍|天|年))",
            CharSet.of("0123456789零〇一二两三四五六七八九十百千"),
            CharSet.of("第0123456789."));
    /** What after 年 makes it a span of years: the clause's end, 来, 间, 内 or a bound (三十年来, 五年以上). */
    private static final Pattern YEARS_AFTER = Pattern.compile("[，。；：、！？,;]|来|间|内|以上|左右|$");
    /** How far past a figure a set phrase it begins may run (18亿亩耕地红线). */
    private static final int PHRASE_TAIL = 8;
    /** Verbs of duration before a number of years (延长三十年, 长达十年, 时隔五年): a span whatever follows. */
    private static final List<String> DURATION = List.of("延长", "长达", "连续", "历时", "时隔", "相隔");
    /** Bounds after a measure that make a lone digit count (三人以上, 五天以内). */
    private static final Pattern BOUND_AFTER = Pattern.compile("以上|以下|以内|左右");

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("%", "percent"),
            Map.entry("％", "percent"),
            Map.entry("个百分点", "percentage points"),
            Map.entry("平方公里", "square kilometers"),
            Map.entry("公里", "kilometers"),
            Map.entry("人", "people"),
            Map.entry("名", "people"),
            Map.entry("元", "yuan"),
            Map.entry("吨", "tons"),
            Map.entry("斤", "jin"),
            Map.entry("亩", "mu"),
            Map.entry("户", "households"),
            Map.entry("倍", "times"),
            Map.entry("天", "days"),
            Map.entry("年", "years"));

    private static final Map<String, BigDecimal> SCALES =
            Map.of("万", new BigDecimal("1e4"), "亿", new BigDecimal("1e8"), "万亿", new BigDecimal("1e12"));

    @Override
    public String id() {
        return "figure";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        if (!ctx.mentions("百分之", "%", "％", "十", "百", "千", "万", "亿", "以上", "以下", "以内", "左右", "时隔", "连续", "长达")
                && !ctx.hasDigit()) {
            return List.of();
        }
        // without a Han character only a digit and a percent sign can make a figure
        if (!ctx.hasHan() && !ctx.mentions("%", "％")) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        List<Span> phrases = null;
        String f = ctx.folded();
        int from = ctx.span().start();
        int to = ctx.span().end();
        for (Matcher m = FIGURE.find(f, from, from, to); m != null; m = FIGURE.find(f, m.end(), from, to)) {
            boolean percent = m.group(1) != null;
            String number = percent ? m.group(1) : m.group(2);
            BigDecimal value = value(number);
            boolean bounded = BOUND_AFTER
                    .matcher(ctx.folded())
                    .region(m.end(), ctx.span().end())
                    .lookingAt();
            if (value == null
                    && (percent || bounded || afterDuration(f, m.start()))
                    && number.length() == 1
                    && digit(number.charAt(0)) > 0) {
                value = BigDecimal.valueOf(digit(number.charAt(0))); // 百分之五, 三人以上, 时隔五年
            }
            if (value == null) {
                continue;
            }
            String unit = percent ? "percent" : UNITS.get(m.group(5));
            // 2000多年, 十余年: "more than" a number counts, never names a goal or a year
            boolean approximate = m.group(4) != null;
            if (unit.equals("years") && !approximate && !spanOfYears(ctx, m)) {
                continue; // 建军一百年奋斗目标: years that name a goal
            }
            if (!percent && m.group(3) != null) {
                value = value.multiply(SCALES.get(m.group(3)));
            }
            if (unit.equals("years") && m.group(3) == null && !approximate && value.intValue() >= 1000) {
                continue; // 2035年: a year, the date rule's
            }
            if (phrases == null) {
                phrases = ctx.find(ctx.lexicons().formulations(), ctx.folded(), ctx.span()).stream()
                        .map(Lexicon.Match::span)
                        .toList();
            }
            Span here = new Span(m.start(), m.end());
            if (phrases.stream().anyMatch(p -> p.contains(here)) || beginsPhrase(ctx, m)) {
                continue; // 十八亿亩耕地红线: a number inside a set phrase names, it does not measure
            }
            String[] english = english(value);
            String scaled = english[1].isEmpty() ? unit : english[1] + " " + unit;
            out.add(new Finding.Figure(id(), english[0], scaled, new Span(m.start(), m.end()), ctx.sentence()));
        }
        return out;
    }

    /**
     * Whether a set phrase of the scheme begins with the figure (18亿亩耕地红线): the look-up starts no word
     * at a digit after a Han character, so the phrase is tried from the figure itself.
     */
    private static boolean beginsPhrase(SentenceContext ctx, Matcher m) {
        Lexicon formulations = ctx.lexicons().formulations();
        int last = Math.min(ctx.span().end(), m.end() + PHRASE_TAIL);
        for (int end = m.end() + 1; end <= last; end++) {
            if (formulations.exact(ctx.folded(), m.start(), end).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean spanOfYears(SentenceContext ctx, Matcher m) {
        String f = ctx.folded();
        if (YEARS_AFTER.matcher(f).region(m.end(), ctx.span().end()).lookingAt()) {
            return true;
        }
        return afterDuration(f, m.start());
    }

    /** Whether a verb of {@link #DURATION} ends right before {@code at}. */
    private static boolean afterDuration(String f, int at) {
        return DURATION.stream().anyMatch(verb -> at >= verb.length() && f.startsWith(verb, at - verb.length()));
    }

    /** The value in the English scale and the scale word, which the unit carries as in English: {1.4, billion}. */
    private static String[] english(BigDecimal v) {
        String[] names = {"trillion", "billion", "million"};
        BigDecimal[] scales = {new BigDecimal("1e12"), new BigDecimal("1e9"), new BigDecimal("1e6")};
        for (int i = 0; i < names.length; i++) {
            if (v.compareTo(scales[i]) >= 0) {
                return new String[] {v.divide(scales[i]).stripTrailingZeros().toPlainString(), names[i]};
            }
        }
        return new String[] {v.stripTrailingZeros().toPlainString(), ""};
    }

    /**
     * Arabic digits, or Chinese numerals that count (三十五, 一百二十, 两千): null for numerals read digit by
     * digit (二〇二〇) or a lone digit (一年 of 一年接着一年, no measure).
     */
    static BigDecimal value(String number) {
        if (Character.isDigit(number.charAt(0)) && number.charAt(0) < 128) {
            return new BigDecimal(number);
        }
        int point = number.indexOf('点');
        if (point > 0) {
            // 六点五: the fraction's digits are read one by one
            BigDecimal whole =
                    point == 1 ? BigDecimal.valueOf(digit(number.charAt(0))) : value(number.substring(0, point));
            StringBuilder fraction = new StringBuilder();
            number.substring(point + 1).chars().forEach(c -> fraction.append(digit((char) c)));
            return whole == null ? null : whole.add(new BigDecimal("0." + fraction));
        }
        if (number.chars().noneMatch(c -> c == '十' || c == '百' || c == '千')) {
            return null;
        }
        long total = 0;
        long digit = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
            total += (digit == 0 ? 1 : digit) * unit;
            digit = 0;
        }
        return BigDecimal.valueOf(total + digit);
    }

    private static int digit(char c) {
        return c == '两' ? 2 : c == '〇' ? 0 : "零一二三四五六七八九".indexOf(c);
    }
}
