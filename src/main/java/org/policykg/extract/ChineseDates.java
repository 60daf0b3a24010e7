package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and targets written in Chinese, for {@link TemporalRule}: 2015年7月1日, 到二〇三五年, and the day that
 * recurs every year (每年4月15日, an xsd:gMonthDay "--04-15"). Years in Chinese numerals are read digit by
 * digit, as they are written; months and days may be written with 十.
 */
final class ChineseDates {
    private static final String NUMBER = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
    private static final String YEAR = "((?:19|20)\\d\\d|[一二][〇零○一二三四五六七八九]{3})";
    private static final Pattern DATE = Pattern.compile("(到|至)?" + YEAR + "年" + NUMBER + "月" + NUMBER + "日");
    private static final Pattern ANNUAL = Pattern.compile("每年" + NUMBER + "月" + NUMBER + "日");
    private static final Pattern BY_YEAR = Pattern.compile("(?:到|至)" + YEAR + "年(?!\\d|[一二三四五六七八九十]{1,3}月)");
    /**
     * A year alone (2023年，…; 2022年召开…时): not the end of a range (2018－2022年) or a target (到2035年),
     * nor a year with its month, a bound (2030年前, 2020年以后), a fiscal year (2023年度) or part of a plan's
     * name (2035年远景目标); 以来 after it counts a period from it.
     */
    private static final Pattern IN_YEAR = Pattern.compile(
            "(?<![到至－\\-—~～\\d〇零○一二三四五六七八九年])" + YEAR + "年(?!\\d|[一二三四五六七八九十]{1,3}月|前|后|以前|以后|远景|度|底|初|代|[－\\-—~～至到])");

    private static final String DIGITS = "〇一二三四五六七八九";

    /** The chars a {@link #YEAR} ends in: a 年 after no such char closes no year. */
    private static final CharSet YEAR_ENDS = CharSet.of("0123456789〇零○" + DIGITS);

    private ChineseDates() {}

    static List<Finding> find(SentenceContext ctx, String rule) {
        String f = ctx.folded();
        Span s = ctx.span();
        if (!holdsYear(f, s)) {
            return List.of(); // most 年 of a text are words' (青年, 多年), where the four expressions run for nothing
        }
        List<Finding> out = new ArrayList<>();
        Matcher date = DATE.matcher(f).region(s.start(), s.end());
        while (date.find()) {
            String value = year(date.group(2)) + "-" + twoDigits(date.group(3)) + "-" + twoDigits(date.group(4));
            // 自…起 is the day a law takes effect, a date "on"; 以来 counts a period from it
            String relation = date.group(1) != null ? "by" : f.startsWith("以来", date.end()) ? "since" : "in";
            out.add(new Finding.Temporal(
                    rule, value, relation, null, new Span(date.start(), date.end()), ctx.sentence()));
        }
        Matcher annual = ANNUAL.matcher(f).region(s.start(), s.end());
        while (annual.find()) {
            String value = "--" + twoDigits(annual.group(1)) + "-" + twoDigits(annual.group(2));
            out.add(new Finding.Temporal(
                    rule, value, "in", null, new Span(annual.start(), annual.end()), ctx.sentence()));
        }
        Matcher year = IN_YEAR.matcher(f).region(s.start(), s.end());
        while (year.find()) {
            String relation = f.startsWith("以来", year.end()) ? "since" : "in";
            out.add(new Finding.Temporal(
                    rule, year(year.group(1)), relation, null, new Span(year.start(), year.end()), ctx.sentence()));
        }
        Matcher by = BY_YEAR.matcher(f).region(s.start(), s.end());
        while (by.find()) {
            out.add(new Finding.Temporal(
                    rule, year(by.group(1)), "by", null, new Span(by.start(), by.end()), ctx.sentence()));
        }
        return out;
    }

    /** Whether a 年 in the span follows a digit or opens 每年: every expression here matches at such a 年 only. */
    private static boolean holdsYear(String f, Span s) {
        // bounded by the sentence: a String.indexOf would run on to the next 年 of the text, for every sentence
        for (int i = CharScan.indexOf(f, '年', s.start() + 1, s.end());
                i >= 0;
                i = CharScan.indexOf(f, '年', i + 1, s.end())) {
            if (YEAR_ENDS.contains(f.charAt(i - 1)) || f.charAt(i - 1) == '每') {
                return true;
            }
        }
        return false;
    }

    /** A year in Arabic digits, or in Chinese numerals digit by digit (二〇三五 is 2035). */
    private static String year(String written) {
        StringBuilder digits = new StringBuilder(4);
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            int d = DIGITS.indexOf(c);
            digits.append(c >= '0' && c <= '9' ? c : (char) ('0' + (d >= 0 ? d : 0)));
        }
        return digits.toString();
    }

    /** A month or day (7, 十, 十二, 二十一) as two digits. */
    private static String twoDigits(String written) {
        int n;
        if (Character.isDigit(written.charAt(0))) {
            n = Integer.parseInt(written);
        } else {
            int ten = written.indexOf('十');
            if (ten < 0) {
                n = DIGITS.indexOf(written.charAt(0));
            } else {
                int tens = ten == 0 ? 1 : DIGITS.indexOf(written.charAt(0));
                int units = ten == written.length() - 1 ? 0 : DIGITS.indexOf(written.charAt(ten + 1));
                n = tens * 10 + units;
            }
        }
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
