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
    /** 党委和政府 after the levels they serve (各省（自治区、直辖市）党委和政府, 市县党委和政府). */
    private static final String COMMITTEES_AND_GOVERNMENTS = "党委和政府";
    /** The levels' words and the marks of their lists (省（自治区、直辖市）, 省、市、县). */
    private static final java.util.regex.Pattern LEVELS =
            java.util.regex.Pattern.compile("各?(?:(?:省|市|县|乡|镇|自治区|直辖市|地方)[（(、）)]*)+");
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

    /**
     * Categories of organs of the state that the laws name as holders of duties and powers (一切国家机关和
     * 武装力量, 审判机关、检察机关) and the scheme does not hold: candidates, as the guidelines count them.
     */
    private static final List<String> ORGAN_CATEGORIES =
            List.of("国家机关", "武装力量", "国家权力机关", "行政机关", "监察机关", "审判机关", "检察机关", "司法机关", "中华人民共和国主席");
    /** What after a category makes it part of a longer noun (国家机关工作人员, 武装力量建设). */
    private static final List<String> LONGER_NOUN = List.of("工作人员", "建设", "及其工作人员");

    /** The heads a list of bodies shares (公安、国家安全等机关; 公安、保密等有关部门). */
    private static final List<String> LISTED_HEADS = List.of("部门", "机关");
    /** What stands between a list of bodies and the head it shares. */
    private static final List<String> LIST_ENDS = List.of("等有关", "等");
    /** Prepositions a list of bodies may follow inside its first piece (由 makes them the agents). */
    private static final String LIST_OPENERS = "由向对把与给被在";
    /** The longest item of such a list. */
    private static final int MAX_ITEM = 6;

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
        if (ctx.mentions(COMMITTEES_AND_GOVERNMENTS)) {
            for (int i = CharScan.indexOf(f, COMMITTEES_AND_GOVERNMENTS, s.start(), s.end());
                    i >= 0;
                    i = CharScan.indexOf(f, COMMITTEES_AND_GOVERNMENTS, i + 1, s.end())) {
                int start = bracketedLevelStart(f, s.start(), i);
                if (start < i) {
                    out.add(new Named(
                            "Party committees and governments at all levels",
                            new Span(start, i + COMMITTEES_AND_GOVERNMENTS.length())));
                }
            }
        }
        if (ctx.mentions(AND_ITS)) {
            for (int i = f.indexOf(AND_ITS, s.start()); i >= 0 && i < s.end(); i = f.indexOf(AND_ITS, i + 1)) {
                owned(ctx, i, out);
            }
        }
        for (String head : LISTED_HEADS) {
            if (ctx.mentions(head)) {
                for (int i = CharScan.indexOf(f, head, s.start(), s.end());
                        i >= 0;
                        i = CharScan.indexOf(f, head, i + 1, s.end())) {
                    listed(ctx, i, head, out);
                }
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
     * Spans of the organ categories of {@link #ORGAN_CATEGORIES} the sentence names as the bodies a
     * clause is about (第六条 国家机关和武装力量…, 一切国家机关…都应当…), not as an object (胁迫国家机关),
     * a modifier (国家机关各部门, 国家机关工作人员) or one of a list of others (公民、一切国家机关…).
     */
    static List<Span> categories(SentenceContext ctx) {
        List<Span> out = new ArrayList<>();
        boolean categories = ctx.hasHan() && ctx.mentions("机关", "武装力量", "主席");
        if (!categories && !(ctx.hasHan() && ChineseOrganNames.mayName(ctx))) {
            return out;
        }
        String f = ctx.folded();
        Span s = ctx.span();
        List<Span> found = new ArrayList<>();
        // every category holds one of the words just tested: without them the scans would find none
        for (String category : categories ? ORGAN_CATEGORIES : List.<String>of()) {
            for (int i = CharScan.indexOf(f, category, s.start(), s.end());
                    i >= 0;
                    i = CharScan.indexOf(f, category, i + 1, s.end())) {
                int end = i + category.length();
                if (LONGER_NOUN.stream().noneMatch(w -> f.startsWith(w, end))
                        && !f.startsWith("各", end)
                        && !namesPerson(ctx, end)) {
                    found.add(new Span(i, end));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Span::start));
        List<Span> named = new ArrayList<>(ChineseOrganNames.organs(f, s));
        named.addAll(ChineseOrganNames.people(f, s));
        Span before = null;
        for (Span c : found) {
            boolean joined =
                    before != null && before.end() + 1 == c.start() && "和、及".indexOf(f.charAt(before.end())) >= 0;
            if (subjectPosition(f, s.start(), c.start()) || joined) {
                out.add(c);
                before = c;
            }
        }
        for (Span n : named) {
            if (out.stream().noneMatch(o -> o.overlaps(n))) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Whether an actor of the scheme is named right after an office, spaces between allowed
     * (中华人民共和国主席　习近平): the office is the person's title, and the person the one actor.
     */
    private static boolean namesPerson(SentenceContext ctx, int at) {
        String f = ctx.folded();
        int i = at;
        while (i < ctx.span().end() && (f.charAt(i) == ' ' || f.charAt(i) == '\u3000')) {
            i++;
        }
        int from = i;
        return i < ctx.span().end()
                && ctx
                        .find(
                                ctx.lexicons().actors(),
                                f,
                                new Span(i, Math.min(ctx.span().end(), i + 8)))
                        .stream()
                        .anyMatch(m -> m.span().start() == from);
    }

    /**
     * Whether a body named at {@code at} opens its clause (after an article's number, 一切 allowed before
     * it) or follows 由 (by): the body the clause is about, not an object or an item of others' list.
     */
    static boolean subjectPosition(String f, int sentenceStart, int at) {
        int i = f.startsWith("一切", at - 2) && at - 2 >= sentenceStart ? at - 2 : at;
        while (i > sentenceStart && (f.charAt(i - 1) == ' ' || f.charAt(i - 1) == '\u3000')) {
            i--;
        }
        return i <= sentenceStart || "，；：。\n条由".indexOf(f.charAt(i - 1)) >= 0;
    }

    /**
     * 公安、国家安全等机关: each item of a 、 list before a shared head (部门, 机关) that, joined to the
     * head, is a body's name of the actor scheme (公安机关, 国家安全机关); the last item only when 等 or
     * 有关 stands between it and the head, since a bare 公安机关 is the scheme's own label.
     */
    private static void listed(SentenceContext ctx, int head, String headWord, List<Named> out) {
        String f = ctx.folded();
        Lexicon actors = ctx.lexicons().actors();
        for (String listEnd : LIST_ENDS) {
            int end = head - listEnd.length();
            if (end <= ctx.span().start() || !f.startsWith(listEnd, end)) {
                continue;
            }
            List<Span> items = new ArrayList<>();
            int itemEnd = end;
            while (true) {
                int start = itemEnd;
                while (start > ctx.span().start() && itemEnd - start < MAX_ITEM && Lexicon.isHan(f.charAt(start - 1))) {
                    start--;
                }
                if (start == itemEnd) {
                    break;
                }
                items.add(new Span(start, itemEnd));
                if (start - 1 <= ctx.span().start() || f.charAt(start - 1) != '、') {
                    break;
                }
                itemEnd = start - 1;
            }
            if (items.isEmpty()) {
                return;
            }
            // the list starts after a preposition inside its first piece (依法由公安、…; 向网信、…)
            Span first = items.get(items.size() - 1);
            int listStart = first.start();
            for (int k = first.end() - 2; k >= first.start(); k--) {
                if (LIST_OPENERS.indexOf(f.charAt(k)) >= 0) {
                    listStart = k + 1;
                    break;
                }
            }
            if (!subjectPosition(f, ctx.span().start(), listStart)) {
                return; // 向网信、公安等部门举报: the bodies are the addressees, not acting
            }
            for (Span item : items) {
                // 依法由公安: the longest end of the item that names a body with the head
                for (int from = item.start(); from < item.end() - 1; from++) {
                    String name = f.substring(from, item.end()) + headWord;
                    if (actors.exact(name).isPresent()) {
                        out.add(new Named(name, new Span(from, item.end())));
                        break;
                    }
                }
            }
            return;
        }
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
     * The start of the level words before {@link #COMMITTEES_AND_GOVERNMENTS}, a list of them in brackets
     * or with 、 included (各省（自治区、直辖市）), or {@code at} when none stand there.
     */
    private static int bracketedLevelStart(String f, int floor, int at) {
        for (int i = Math.max(floor, at - 14); i < at; i++) {
            if (LEVELS.matcher(f).region(i, at).matches()) {
                return i;
            }
        }
        return at;
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
