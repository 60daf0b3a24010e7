package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Actors of Chinese text that the actor scheme's {@code @zh} labels do not reach by themselves: a
 * people's government named with its level (设区的市级人民政府, 省、自治区、直辖市人民政府, 乡镇人民政府) is
 * one of the local governments, as the scheme's 各级人民政府 is; and 全党 / 我们党 as the subject of
 * what follows (全党必须…, 我们党始终…, 我们党领导…) is the Party acting, not a modifier (我们党的…,
 * 全党工作) nor an object (带领全党, 是我们党…的目标); and in X及其Y (全国人民代表大会及其常务委员会) the
 * body whose name is X's and Y's together is named too.
 */
final class ChineseActors {
    private static final String GOVERNMENT = "人民政府";
    /** The Central People's Government is the State Council, not a local one. */
    private static final String CENTRAL = "中央";

    private static final List<String> PARTY = List.of("全党", "我们党");
    /** What after 全党 / 我们党 makes it a modifier or part of another word (全党全国, 我们党的). */
    /** What a subject is followed by: a modal or an adverb; a verb of the directive table is tried too. */
    private static final List<String> SUBJECT_FOLLOWERS =
            List.of("必须", "要", "应当", "一定", "始终", "都", "坚定", "领导", "带领", "团结", "历来", "一贯", "是");
    /**
     * Chars before 全党 / 我们党 that make it an object: of a verb (带领全党, 团结全党, 号召全党, 要求全党,
     * 动员全党), of a copula or a preposition (是我们党…, 作为全党…, 把全党…, 对全党…).
     */
    private static final String OBJECT_AFTER = "领结召求员是为把对向给";

    /** X及其Y: X and its Y. */
    private static final String AND_ITS = "及其";
    /** How far a body's name reaches on either side of 及其. */
    private static final int MAX_NAME = 12;

    private ChineseActors() {}

    /** Spans and scheme labels (English, for {@link Lexicon#exact}) of the actors the shapes find. */
    static List<Named> find(SentenceContext ctx) {
        List<Named> out = new ArrayList<>();
        if (!ctx.hasHan()) {
            return out;
        }
        String f = ctx.folded();
        Span s = ctx.span();
        if (ctx.mentions(GOVERNMENT)) {
            for (int i = CharScan.indexOf(f, GOVERNMENT, s.start(), s.end());
                    i >= 0;
                    i = CharScan.indexOf(f, GOVERNMENT, i + 1, s.end())) {
                int start = levelStart(f, s.start(), i);
                if (start < i && !f.startsWith(CENTRAL, i - CENTRAL.length())) {
                    out.add(new Named("local governments", new Span(start, i + GOVERNMENT.length())));
                }
            }
        }
        if (ctx.mentions(AND_ITS)) {
            for (int i = f.indexOf(AND_ITS, s.start()); i >= 0 && i < s.end(); i = f.indexOf(AND_ITS, i + 1)) {
                owned(ctx, i, out);
            }
        }
        for (String party : PARTY) {
            if (!ctx.mentions(party)) {
                continue; // a search of the sentence is much faster than the scan below, and most hold neither
            }
            for (int i = CharScan.indexOf(f, party, s.start(), s.end());
                    i >= 0 && i + party.length() < s.end();
                    i = CharScan.indexOf(f, party, i + 1, s.end())) {
                int end = i + party.length();
                boolean subject = SUBJECT_FOLLOWERS.stream().anyMatch(w -> f.startsWith(w, end))
                        || ChineseDirectiveRule.verbAt(f, end, s.end()) >= 0;
                if (subject && (i == s.start() || OBJECT_AFTER.indexOf(f.charAt(i - 1)) < 0)) {
                    out.add(new Named("Chinese Communist Party", new Span(i, i + party.length())));
                }
            }
        }
        return out;
    }

    /**
     * 全国人民代表大会及其常务委员会: the longest Y after 及其 that, joined to the end of the body's name
     * before it, is a body's name of the actor scheme.
     */
    private static void owned(SentenceContext ctx, int at, List<Named> out) {
        String f = ctx.folded();
        Lexicon actors = ctx.lexicons().actors();
        int tailStart = at + AND_ITS.length();
        int floor = Math.max(ctx.span().start(), at - MAX_NAME);
        for (int tailEnd = Math.min(ctx.span().end(), tailStart + MAX_NAME); tailEnd > tailStart + 1; tailEnd--) {
            String tail = f.substring(tailStart, tailEnd);
            for (int from = floor; from < at - 1; from++) {
                if (actors.exact(f, from, at).isPresent()
                        && actors.exact(f, from, at, tail).isPresent()) {
                    out.add(new Named(f.substring(from, at) + tail, new Span(tailStart, tailEnd)));
                    return;
                }
            }
        }
    }

    /**
     * The start of the level words before 人民政府 (市级以上地方, 乡镇, 自治州), or {@code at} when none: a
     * run of Han characters ending in a level word.
     */
    private static int levelStart(String f, int floor, int at) {
        int i = at;
        while (i > floor && i > at - 12 && Lexicon.isHan(f.charAt(i - 1))) {
            i--;
        }
        String before = f.substring(i, at);
        return before.matches(".*(?:级|以上|地方|省|市|县|区|乡|镇|州|旗|自治区|直辖市)") ? i : at;
    }

    record Named(String label, Span span) {}
}
