package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policykg.vocab.PKG;

/**
 * Dialectical pairs and overall-planning couples in Chinese text, keyed as their English renderings
 * are: 统筹X和Y、Z和W and 兼顾X和Y (one pair per couple of the list; 统筹维护和塑造… pairs the actions'
 * lemmas), X和Y并重 / X与Y相结合 (相统一, 相协调, 两手抓 …: the couple before the word that weighs it, or
 * the clause's topic and Y in 维护X，应当与Y相协调), 既X，又Y and 一手抓X，一手抓Y. A side is a concept
 * of the scheme by its {@code @zh} label, or a register word of {@link ChineseTerms}; a couple with a side
 * neither names gives nothing.
 */
final class ChinesePairRule implements Rule {
    private static final String CLAUSE_END = "，。；：！？,;:!?\n";
    /** Words that plan the couples after them. */
    private static final String[] PLANNING = {"统筹", "兼顾"};
    /** Words that weigh the couple before them as one. */
    private static final String[] WEIGHING = {
        "并重", "相结合", "相统一", "相协调", "相促进", "相适应", "两手抓", "辩证统一", "有机统一", "相辅相成", "有机结合", "紧密结合", "结合起来", "相互促进", "良性互动",
        "齐头并进", "深度融合", "协调配合", "有效衔接", "相衔接", "更好结合", "相互协调", "协调发展"
    };
    /** The first chars of the {@link #PLANNING} and {@link #WEIGHING} words: at any other char none stands. */
    private static final CharSet PLANNING_STARTS = CharSet.ofFirstChars(PLANNING);

    private static final CharSet WEIGHING_STARTS = CharSet.ofFirstChars(WEIGHING);
    /** Measure words that sum up a couple after it: 统筹X和Y两件大事, 统筹XY两个大局. */
    private static final String[] SUMS = {"两个", "两件", "两种", "两方面"};
    /** What stands between 统筹 and its couples without being a side: 统筹好, 统筹兼顾. */
    private static final String[] PLANNING_FILLERS = {"好", "兼顾", "协调"};
    /** Verbs that handle the relation of a couple: 处理好X和Y的关系. */
    private static final String[] HANDLING = {"正确处理", "处理好", "把握好", "理顺", "协调好"};
    /** What joins the two sides of a couple. */
    private static final String JOINS = "和与同及";
    /** Words that count the two modifiers before a shared head: 双循环, 两市场. */
    private static final String DUAL = "双两";
    /** X中求Y (稳中求进): Y sought while X is kept. */
    private static final String SEEK = "中求";
    /** What joins the two halves of 在X中Y、在Y中X. */
    private static final String HALVES = "、，,";

    /** Every char at which a shape of {@link #apply} can open: the scan passes over all others at one test. */
    private static final CharSet OPENS =
            CharSet.of(CharSet.firstChars(PLANNING) + CharSet.firstChars(WEIGHING) + "协既一在的和" + SEEK.charAt(0));

    /** A side in its own words: two to six characters, none a particle, preposition or pronoun. */
    private static final int OWN_SIDE_MIN = 2;

    private static final int OWN_SIDE_MAX = 6;
    /** The {@link #WEIGHING} words that relate a couple whatever its sides name. */
    private static final String[] OWN_WORDS_WEIGHING = {
        "并重", "相结合", "相统一", "相协调", "相促进", "相适应", "两手抓", "辩证统一", "有机统一", "相辅相成", "有机结合", "紧密结合", "结合起来"
    };

    private static final String OWN_WORDS_STOPS = "的地得在对把将以为是其这那各该此";

    /** Modals and copulas between a couple and its weighing word, or before a clause's verb. */
    private static final String[] LINKS = {"必须", "应当", "需要", "要", "是", "的", "都", "相互", "把", "将"};

    @Override
    public String id() {
        return "pair";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        if (!ctx.hasHan()
                || !ctx.mentions(
                        "统筹", "兼顾", "并重", "相", "两手抓", "统一", "既", "一手抓", "结合", "互动", "并进", "融合", "配合", "衔接", "中求", "在",
                        "和", "关系")) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        String f = ctx.folded();
        Span s = ctx.span();
        for (int i = s.start(); i < s.end(); i++) {
            char c = f.charAt(i);
            if (!OPENS.contains(c)) {
                continue;
            }
            if (PLANNING_STARTS.contains(c)) {
                for (String word : PLANNING) {
                    if (f.startsWith(word, i)) {
                        planned(ctx, i, i + word.length(), out);
                    }
                }
            }
            if (c == '协') {
                int listed = listedManners(f, i, s.end());
                if (listed > 0) {
                    weighed(ctx, i, listed, out);
                    i = listed - 1;
                    continue;
                }
            }
            if (WEIGHING_STARTS.contains(c)) {
                for (String word : WEIGHING) {
                    if (f.startsWith(word, i)) {
                        weighed(ctx, i, i + word.length(), out);
                        i += word.length() - 1; // 有机结合起来 weighs once
                        break;
                    }
                }
            }
            if (f.charAt(i) == '既') {
                both(ctx, i, out);
            }
            if (f.startsWith("一手抓", i)) {
                hands(ctx, i, out);
            }
            if (f.startsWith(SEEK, i)) {
                sought(ctx, i, out);
            }
            if (f.charAt(i) == '在') {
                crossed(ctx, i, out);
            }
            if (f.startsWith("的关系", i)) {
                related(ctx, i, out);
            }
            if (f.charAt(i) == '和' && i + 2 < s.end() && f.charAt(i + 2) == '的') {
                graded(ctx, i, out);
            }
        }
        return out;
    }

    /** 统筹X和Y、Z和W: one pair per couple up to the clause's end; 统筹维护和塑造Z pairs the two actions. */
    private static void planned(SentenceContext ctx, int frame, int from, List<Finding> out) {
        String f = ctx.folded();
        int end = clauseEnd(f, from, ctx.span().end());
        for (String filler : PLANNING_FILLERS) {
            if (f.startsWith(filler, from) && from + filler.length() < end) {
                from += filler.length();
                break;
            }
        }
        int verb = ChineseDirectiveRule.verbAt(f, from, end);
        boolean whole = false;
        if (verb >= 0) {
            // 统筹维护和塑造: two actions (统筹发展和安全 is of nouns: 安全 is no verb)
            int second = verb < end && JOINS.indexOf(f.charAt(verb)) >= 0
                    ? ChineseDirectiveRule.verbAt(f, verb + 1, end)
                    : -1;
            if (second >= 0) {
                out.add(new Finding.Pair(
                        "pair",
                        ChineseDirectiveRule.lemma(f.substring(from, verb)),
                        ChineseDirectiveRule.lemma(f.substring(verb + 1, second)),
                        new Span(frame, second),
                        ctx.sentence()));
                return;
            }
            // 统筹推进X和Y: the verb after 统筹 opens the couples, it is not a side; a side that runs on
            // (统筹推进城市和农村道路建设) is then a modifier of what is advanced, not a couple
            if (ChineseTerms.of(ctx, from, verb).isEmpty()) {
                from = verb;
                whole = true;
            }
        }
        int piece = from;
        for (int i = from; i <= end; i++) {
            if (i == end || f.charAt(i) == '、') {
                couple(ctx, frame, piece, i, whole, out);
                piece = i + 1;
            }
        }
    }

    /**
     * One couple X和Y filling the piece (its second side may run on: 安全两件大事, unless {@code whole}
     * asks the side to end the piece or a measure that sums the couple up).
     */
    private static void couple(SentenceContext ctx, int frame, int start, int end, boolean whole, List<Finding> out) {
        String f = ctx.folded();
        for (int j = start + 1; j < end - 1; j++) {
            if (JOINS.indexOf(f.charAt(j)) < 0) {
                continue;
            }
            Optional<String> left = ChineseTerms.of(ctx, start, j);
            for (int k = 2; left.isEmpty() && k <= 3 && start + k < j; k++) {
                // 统筹乡村X和Y布局: a register word before the couple modifies both sides
                if (ChineseTerms.of(ctx, start, start + k).isPresent()) {
                    left = ChineseTerms.of(ctx, start + k, j);
                }
            }
            Optional<Span> right = beginning(ctx, j + 1, end);
            if (whole
                    && right.isPresent()
                    && right.get().end() < end
                    && !sums(f, right.get().end())) {
                right = Optional.empty();
            }
            if (left.isPresent() && right.isPresent()) {
                out.add(pair(
                        ctx,
                        left.get(),
                        ChineseTerms.of(ctx, right.get().start(), right.get().end())
                                .orElseThrow(),
                        frame,
                        right.get().end()));
                return;
            }
        }
        fused(ctx, frame, start, end, out);
    }

    private static boolean sums(String f, int at) {
        for (String sum : SUMS) {
            if (f.startsWith(sum, at)) {
                return true;
            }
        }
        return false;
    }

    /** 统筹国内国际两个大局: two sides written together with no join, summed up by the measure after them. */
    private static void fused(SentenceContext ctx, int frame, int start, int end, List<Finding> out) {
        String f = ctx.folded();
        for (String sum : SUMS) {
            int at = CharScan.indexOf(f, sum, start, end);
            if (at < 0) {
                continue;
            }
            for (int j = start + 1; j < at; j++) {
                Optional<String> left = ChineseTerms.of(ctx, start, j);
                Optional<String> right = ChineseTerms.of(ctx, j, at);
                if (left.isPresent() && right.isPresent()) {
                    out.add(pair(ctx, left.get(), right.get(), frame, at));
                    return;
                }
            }
        }
    }

    /**
     * X和Y并重: the couple is the clause's words before the weighing word, after the verb that opens it;
     * in a list of weighed couples (A与B相结合、C与D相结合) each after the 、 that closes the one before.
     */
    private static void weighed(SentenceContext ctx, int word, int wordEnd, List<Finding> out) {
        String f = ctx.folded();
        int start = afterWeighedCouple(f, clauseStart(f, ctx.span().start(), word), word);
        int end = withoutLinks(f, start, word, false);
        int list = CharScan.indexOf(f, '、', start, end);
        if (list >= 0 && list < end) {
            int before = out.size();
            sharedSide(ctx, start, list, end, wordEnd, out);
            if (out.size() == before) {
                // 以X为主体、国内国际双循环相互促进: a couple fused under one head may close a list
                sharedHead(ctx, f.lastIndexOf('、', end) + 1, end, wordEnd, out);
            }
            return;
        }
        int opening = withoutLinks(f, start, end, true);
        if (opening < end
                && JOINS.indexOf(f.charAt(opening)) >= 0
                && start > ctx.span().start()) {
            // 维护X，应当与Y相协调: the first side is the topic the clause before names
            int topic = clauseStart(f, ctx.span().start(), start - 1);
            Optional<Span> first = ending(ctx, topic, start - 1);
            Optional<String> second = ChineseTerms.of(ctx, opening + 1, end);
            if (first.isPresent()
                    && second.isPresent()
                    && opens(f, topic, first.get().start())) {
                out.add(pair(ctx, named(ctx, first.get()), second.get(), topic, wordEnd));
            }
            return;
        }
        for (int j = end - 2; j > start; j--) {
            if (JOINS.indexOf(f.charAt(j)) < 0) {
                continue;
            }
            Optional<String> right = acted(ctx, j + 1, end);
            int leftEnd = withoutLinks(f, start, j, false);
            Optional<Span> left = ending(ctx, start, leftEnd);
            if (right.isPresent()
                    && left.isPresent()
                    && opens(f, start, left.get().start())) {
                out.add(pair(
                        ctx, named(ctx, left.get()), right.get(), left.get().start(), wordEnd));
                return;
            }
        }
        int before = out.size();
        sharedHead(ctx, opening, end, wordEnd, out);
        if (out.size() == before && weighsAlone(f, word, wordEnd, ctx.span().end())) {
            inOwnWords(ctx, start, end, wordEnd, out);
        }
    }

    /**
     * X和Y相统一 where neither the scheme nor the word list names a side (富国和强军, 公开工作与秘密工作): the
     * clause after its opening verb is the couple alone, one join between two short noun phrases, each a
     * candidate in its own words; the weighing word says they are a couple whatever they are.
     */
    private static void inOwnWords(SentenceContext ctx, int start, int end, int wordEnd, List<Finding> out) {
        String f = ctx.folded();
        int from = withoutLinks(f, start, end, true);
        for (int i = from; i < end; i++) {
            int verb = ChineseDirectiveRule.verbAt(f, i, end);
            if (verb > i && verb < end) {
                from = verb; // 各级党组织要做到X和Y: the couple follows the clause's last verb
                i = verb - 1;
            }
        }
        int join = -1;
        for (int i = from; i < end; i++) {
            char c = f.charAt(i);
            if (JOINS.indexOf(c) >= 0) {
                if (join >= 0) {
                    return; // two joins: a list or a clause, not one couple
                }
                join = i;
            } else if (!Lexicon.isHan(c) || OWN_WORDS_STOPS.indexOf(c) >= 0) {
                return;
            }
        }
        if (join < 0
                || join - from < OWN_SIDE_MIN
                || join - from > OWN_SIDE_MAX
                || end - join - 1 < OWN_SIDE_MIN
                || end - join - 1 > OWN_SIDE_MAX) {
            return;
        }
        String left = side(ctx, from, join);
        String right = side(ctx, join + 1, end);
        if (!left.equals(right)) {
            out.add(pair(ctx, left, right, from, wordEnd));
        }
    }

    /**
     * Whether the weighing word alone makes the words before it a couple: a word of relation (相统一,
     * 相结合, 并重 ...), not one that may close the second side's own name (区域协调发展, 深度融合), and
     * not in a phrase that modifies a noun (X和Y协调发展的格局).
     */
    private static boolean weighsAlone(String f, int word, int wordEnd, int end) {
        return (wordEnd >= end || f.charAt(wordEnd) != '的') && CharScan.wordAt(f, word, OWN_WORDS_WEIGHING) != null;
    }

    /** A side named by the scheme or the word list, else the candidate its own words mint. */
    private static String side(SentenceContext ctx, int start, int end) {
        return ChineseTerms.of(ctx, start, end)
                .orElseGet(() -> PKG.CANDIDATE_NS + Slugs.of(ctx.folded().substring(start, end)));
    }

    /**
     * 协调、平衡、兼容发展: manner words listed with 、 before the 发展 they share, the first a weighing word
     * (协调, 协同); the end of the phrase, or -1.
     */
    private static int listedManners(String f, int at, int end) {
        if (!f.startsWith("协调、", at) && !f.startsWith("协同、", at)) {
            return -1;
        }
        int i = at + 2;
        for (int n = 0; n < 3 && i + 3 <= end && f.charAt(i) == '、'; n++) {
            if (!Lexicon.isHan(f.charAt(i + 1)) || !Lexicon.isHan(f.charAt(i + 2))) {
                return -1;
            }
            i += 3;
        }
        return f.startsWith("发展", i) ? i + 2 : -1;
    }

    /** The start after the last 、 before {@code word} that closes a weighed couple, or {@code start}. */
    private static int afterWeighedCouple(String f, int start, int word) {
        for (int i = word - 1; i > start; i--) {
            if (f.charAt(i) != '、') {
                continue;
            }
            for (String w : WEIGHING) {
                if (i - w.length() >= start && f.startsWith(w, i - w.length())) {
                    return i + 1;
                }
            }
        }
        return start;
    }

    /**
     * 处理好X和Y的关系: a handling verb before a couple whose relation the clause names, one pair of the
     * two sides (正确处理政府和市场的关系).
     */
    private static void related(SentenceContext ctx, int de, List<Finding> out) {
        String f = ctx.folded();
        int start = clauseStart(f, ctx.span().start(), de);
        for (int i = start; i < de; i++) {
            for (String verb : HANDLING) {
                if (f.startsWith(verb, i) && i + verb.length() < de) {
                    couple(ctx, i, i + verb.length(), de, true, out);
                    return;
                }
            }
        }
    }

    /**
     * X同Y、Z深度融合: one side joined to a list, one pair per item of the list; 自治、法治、德治相结合
     * (a list with no join before it) is three sides, no couple.
     */
    private static void sharedSide(SentenceContext ctx, int start, int list, int end, int wordEnd, List<Finding> out) {
        String f = ctx.folded();
        int opening = withoutLinks(f, start, list, true);
        for (int j = list - 2; j > opening; j--) {
            if (JOINS.indexOf(f.charAt(j)) < 0) {
                continue;
            }
            Optional<Span> left = ending(ctx, opening, j);
            if (left.isEmpty() || !opens(f, opening, left.get().start())) {
                return;
            }
            List<String> items = new ArrayList<>();
            int piece = j + 1;
            for (int i = j + 1; i <= end; i++) {
                if (i == end || f.charAt(i) == '、') {
                    Optional<String> item = acted(ctx, piece, i);
                    if (item.isEmpty()) {
                        return;
                    }
                    items.add(item.get());
                    piece = i + 1;
                }
            }
            for (String item : items) {
                out.add(pair(ctx, named(ctx, left.get()), item, left.get().start(), wordEnd));
            }
            return;
        }
    }

    /** What the span names, or what the verb opening it acts on (同深化X相结合: X). */
    private static Optional<String> acted(SentenceContext ctx, int start, int end) {
        Optional<String> named = ChineseTerms.of(ctx, start, end);
        if (named.isPresent()) {
            return named;
        }
        int verb = ChineseDirectiveRule.verbAt(ctx.folded(), start, end);
        return verb > start ? ChineseTerms.of(ctx, verb, end) : Optional.empty();
    }

    /**
     * 实现质的提升和量的增长: two one-character register words, each the owner (的) of what it gains, side by
     * side in a clause a verb opens.
     */
    private static void graded(SentenceContext ctx, int he, List<Finding> out) {
        String f = ctx.folded();
        int start = clauseStart(f, ctx.span().start(), he);
        Optional<String> second = ChineseTerms.of(ctx, he + 1, he + 2);
        if (second.isEmpty()) {
            return;
        }
        for (int x = start; x + 1 < he; x++) {
            if (f.charAt(x + 1) != '的' || !opens(f, start, x)) {
                continue;
            }
            Optional<String> first = ChineseTerms.of(ctx, x, x + 1);
            if (first.isPresent() && !first.equals(second)) {
                out.add(pair(ctx, first.get(), second.get(), x, he + 3));
            }
            return;
        }
    }

    /** 稳中求进: one-character sides a register word each, Y sought while X is kept. */
    private static void sought(SentenceContext ctx, int at, List<Finding> out) {
        Span s = ctx.span();
        if (at - 1 < s.start() || at + SEEK.length() + 1 > s.end()) {
            return;
        }
        Optional<String> kept = ChineseTerms.of(ctx, at - 1, at);
        Optional<String> sought = ChineseTerms.of(ctx, at + SEEK.length(), at + SEEK.length() + 1);
        if (kept.isPresent() && sought.isPresent() && !kept.equals(sought)) {
            out.add(pair(ctx, kept.get(), sought.get(), at - 1, at + SEEK.length() + 1));
        }
    }

    /** 在X中Y、在Y中X: each of two register words pursued within the other, the couple X and Y. */
    private static void crossed(SentenceContext ctx, int at, List<Finding> out) {
        String f = ctx.folded();
        int end = at + 1;
        while (end < ctx.span().end() && HALVES.indexOf(f.charAt(end)) < 0 && CLAUSE_END.indexOf(f.charAt(end)) < 0) {
            end++;
        }
        int zhong = f.indexOf('中', at + 2);
        if (zhong < 0 || zhong + 1 >= end) {
            return;
        }
        String x = f.substring(at + 1, zhong);
        String y = f.substring(zhong + 1, end);
        if (end + 1 >= ctx.span().end() || HALVES.indexOf(f.charAt(end)) < 0) {
            return;
        }
        String mirror = "在" + y + "中" + x;
        if (!f.startsWith(mirror, end + 1)) {
            return;
        }
        Optional<String> a = ChineseTerms.of(ctx, at + 1, zhong);
        Optional<String> b = ChineseTerms.of(ctx, zhong + 1, end);
        if (a.isPresent() && b.isPresent() && !a.equals(b)) {
            out.add(pair(ctx, a.get(), b.get(), at, end + 1 + mirror.length()));
        }
    }

    /**
     * 中西医并重: two modifiers of one or two characters sharing the head after them, each with the head a
     * side (中医, 西医; 国内国际双循环: 国内循环, 国际循环); the couple is the clause's last words before the
     * weighing word.
     */
    private static void sharedHead(SentenceContext ctx, int start, int end, int wordEnd, List<Finding> out) {
        String f = ctx.folded();
        for (int width = 1; width <= 2; width++) {
            for (int a = Math.max(start, end - 4 - 2 * width); a + 2 * width < end; a++) {
                if (!han(f, a, a + 2 * width)) {
                    continue;
                }
                int headStart = a + 2 * width;
                if (DUAL.indexOf(f.charAt(headStart)) >= 0 && headStart + 1 < end) {
                    headStart++; // 国内国际双循环: the head after the word that counts two
                }
                String head = f.substring(headStart, end);
                Optional<String> left = ChineseTerms.word(f.substring(a, a + width) + head);
                Optional<String> right = ChineseTerms.word(f.substring(a + width, a + 2 * width) + head);
                if (left.isPresent() && right.isPresent() && !left.equals(right)) {
                    out.add(pair(ctx, left.get(), right.get(), a, wordEnd));
                    return;
                }
            }
        }
    }

    private static boolean han(String f, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Lexicon.isHan(f.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** 既X，又Y and 既X又Y: the two sides, or what their verbs act on, or the two actions. */
    private static void both(SentenceContext ctx, int ji, List<Finding> out) {
        String f = ctx.folded();
        int end = ctx.span().end();
        int firstEnd = clauseEnd(f, ji + 1, end);
        int you = also(f, ji + 1, end);
        if (you < 0) {
            return;
        }
        int secondStart;
        if (you < firstEnd) {
            firstEnd = you; // 既X又Y in one clause
            secondStart = you + 1;
        } else if (you == firstEnd + 1) {
            secondStart = you + 1; // 既X，又Y
        } else {
            return;
        }
        int secondEnd = clauseEnd(f, secondStart, end);
        int x = withoutLinks(f, ji + 1, firstEnd, true);
        int y = withoutLinks(f, secondStart, secondEnd, true);
        if (x >= firstEnd || y >= secondEnd || "是有能可不没".indexOf(f.charAt(ji + 1)) >= 0) {
            return; // 既是…又是…: what X is, not a couple to weigh
        }
        Optional<String> a = ChineseTerms.of(ctx, x, firstEnd);
        Optional<String> b = ChineseTerms.of(ctx, y, secondEnd);
        if (a.isEmpty() || b.isEmpty()) {
            int va = ChineseDirectiveRule.verbAt(f, x, firstEnd);
            int vb = ChineseDirectiveRule.verbAt(f, y, secondEnd);
            if (va < 0 || vb < 0) {
                return;
            }
            a = ChineseTerms.of(ctx, va, firstEnd);
            b = ChineseTerms.of(ctx, vb, secondEnd);
            if (a.isEmpty() || b.isEmpty()) {
                // 既坚持X，又推进Y: the two actions weighed together
                String la = ChineseDirectiveRule.lemma(f.substring(x, va));
                String lb = ChineseDirectiveRule.lemma(f.substring(y, vb));
                if (la.equals(lb)) {
                    return;
                }
                a = Optional.of(la);
                b = Optional.of(lb);
            }
        }
        out.add(pair(ctx, a.get(), b.get(), ji, secondEnd));
    }

    /** The 又 (or 也: 既要X，也要Y) that opens a 既 frame's second side, or -1. */
    private static int also(String f, int from, int end) {
        for (int i = from; i < end; i++) {
            if (f.charAt(i) == '又' || (f.charAt(i) == '也' && i > 0 && CLAUSE_END.indexOf(f.charAt(i - 1)) >= 0)) {
                return i;
            }
        }
        return -1;
    }

    /** 一手抓X，一手抓Y: what each hand grasps. */
    private static void hands(SentenceContext ctx, int at, List<Finding> out) {
        String f = ctx.folded();
        int end = ctx.span().end();
        int firstEnd = clauseEnd(f, at + 3, end);
        if (!f.startsWith("一手抓", firstEnd + 1)) {
            return;
        }
        int secondEnd = clauseEnd(f, firstEnd + 4, end);
        Optional<String> a = ChineseTerms.of(ctx, at + 3, firstEnd);
        Optional<String> b = ChineseTerms.of(ctx, firstEnd + 4, secondEnd);
        if (a.isPresent() && b.isPresent()) {
            out.add(pair(ctx, a.get(), b.get(), at, secondEnd));
        }
    }

    private static Finding pair(SentenceContext ctx, String left, String right, int start, int end) {
        return new Finding.Pair("pair", left, right, new Span(start, end), ctx.sentence());
    }

    private static String named(SentenceContext ctx, Span side) {
        return ChineseTerms.of(ctx, side.start(), side.end()).orElseThrow();
    }

    /** The longest start of the span that names a concept or a register word. */
    private static Optional<Span> beginning(SentenceContext ctx, int start, int end) {
        for (int to = end; to > start; to--) {
            if (ChineseTerms.of(ctx, start, to).isPresent()) {
                return Optional.of(new Span(start, to));
            }
        }
        return Optional.empty();
    }

    /** The longest end of the span that names a concept or a register word. */
    private static Optional<Span> ending(SentenceContext ctx, int start, int end) {
        for (int from = start; from < end; from++) {
            if (ChineseTerms.of(ctx, from, end).isPresent()) {
                return Optional.of(new Span(from, end));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the words before a couple's first side open its clause: none, a verb of the directive
     * table (坚持, 实行), a modal, or a subject and such a verb (国家坚持); not a modifier of the side.
     */
    private static boolean opens(String f, int start, int side) {
        int end = withoutLinks(f, start, side, false);
        if (end == start) {
            return true;
        }
        for (int from = Math.max(start, end - 4); from < end - 1; from++) {
            if (ChineseDirectiveRule.verbAt(f, from, end) == end) {
                return true;
            }
        }
        return false;
    }

    /** The span's end (or, with {@code fromStart}, its start) past the modals and copulas there. */
    private static int withoutLinks(String f, int start, int end, boolean fromStart) {
        boolean more = true;
        while (more && start < end) {
            more = false;
            for (String link : LINKS) {
                if (fromStart && f.startsWith(link, start) && start + link.length() <= end) {
                    start += link.length();
                    more = true;
                } else if (!fromStart && end - link.length() >= start && f.startsWith(link, end - link.length())) {
                    end -= link.length();
                    more = true;
                }
            }
        }
        return fromStart ? start : end;
    }

    private static int clauseEnd(String f, int from, int end) {
        int i = from;
        while (i < end && CLAUSE_END.indexOf(f.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static int clauseStart(String f, int floor, int at) {
        int i = at;
        while (i > floor && CLAUSE_END.indexOf(f.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }
}
