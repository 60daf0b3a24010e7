package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Directives in Chinese text: a verb of {@code directive-verbs-zh.tsv} opening a clause (the subjectless
 * sentences of a report's sections and a law's articles, and each clause of their chains), or governed
 * by 必须、要、应当、需要 or forbidden by 不得; keyed by the English lemma of its usual rendering, as the
 * English rule keys its verbs. A clause whose subject is named (国家鼓励…) opens with no verb and gives none.
 */
final class ChineseDirectiveRule implements Rule {
    private static final Map<String, String> VERBS = WordLists.pairs("directive-verbs-zh.tsv");
    /** The chars a verb of the table begins with: most chars begin none, and need no look-up. */
    private static final CharSet VERB_STARTS =
            CharSet.ofFirstChars(VERBS.keySet().toArray(String[]::new));
    /** The chars verbs of the table begin with, in order, each beside the verbs it begins, longest first. */
    private static final char[] VERB_FIRSTS;

    /**
     * The verbs by their first char: a verb at an offset is found by comparing the text with the few that begin
     * with its char there, where a look-up per length cost a substring and its hash each.
     */
    private static final String[][] VERBS_BY_FIRST;

    static {
        java.util.TreeMap<Character, List<String>> byFirst = new java.util.TreeMap<>();
        for (String v : VERBS.keySet()) {
            if (v.length() >= 2) {
                byFirst.computeIfAbsent(v.charAt(0), c -> new ArrayList<>()).add(v);
            }
        }
        VERB_FIRSTS = new char[byFirst.size()];
        VERBS_BY_FIRST = new String[byFirst.size()][];
        int k = 0;
        for (Map.Entry<Character, List<String>> e : byFirst.entrySet()) {
            VERB_FIRSTS[k] = e.getKey();
            VERBS_BY_FIRST[k++] = e.getValue().stream()
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                    .toArray(String[]::new);
        }
    }

    /** The dashes that open an item of a list of principles or tasks (——坚持X。). */
    private static final CharSet ITEM_DASHES = CharSet.of("—─");

    /** What ends a clause, and what ends the heading mark before one (（一）, 五、). */
    private static final CharSet CLAUSE_MARKS = CharSet.of("，；：、）)　 ,;:");

    /** A heading's number standing as a clause of its own: 五, （一, 第三条. */
    private static final java.util.regex.Pattern NUMBERING =
            java.util.regex.Pattern.compile("[（(]?[一二三四五六七八九十百零〇\\d]+[）)]?|第[一二三四五六七八九十百零〇\\d]+条");
    /** The chars a {@link #NUMBERING} begins with: a clause opening with another is tried no further. */
    private static final String NUMBERING_STARTS = "（(一二三四五六七八九十百零〇第0123456789";

    /** Chars after a verb that make it another word, a completed action or a modifier (形成了, 创新型, 创新链, 作出的决定). */
    private static final String NOT_A_VERB_AFTER = "了着过型性链的";
    /** Adverbs between a clause's comma and its modal (，始终要…). */
    private static final String[] LEADING = {"始终", "都", "还", "也", "就", "更"};
    /** Prepositions whose phrase stands between a modal or a clause's start and its verb. */
    private static final String PREPOSITIONS = "把将对为同向与以";

    /** Verb + verb compounds of two actions, each a directive (GUIDELINES.md: 建立健全 gives establish and improve). */
    private static final java.util.Set<String> COORDINATE = java.util.Set.of(
            "建立健全", "健全完善", "巩固拓展", "巩固提升", "巩固发展", "传承弘扬", "继承弘扬", "保护传承", "防范化解", "制定实施", "部署实施", "引导规范", "培育壮大",
            "学习运用", "培养用好", "研究制定");

    /** Verbs whose object may be a clause with its own 是 or 要 (坚持X是Y, 确保X要Y). */
    private static final java.util.Set<String> CLAUSE_OBJECT_VERBS = java.util.Set.of("坚持", "确保", "保证");

    /** Manner words listed before a verb with 、 (完整、准确、全面贯彻…): pieces that list no action. */
    private static final java.util.Set<String> MANNER_PIECES = java.util.Set.of("完整", "准确", "全面", "精准", "科学", "系统");

    /** Objects that make a verb a means to the action after it: 加大力度支持, 发挥优势推动. */
    private static final String[] MEANS = {"力度", "举措", "措施", "优势", "引领"};

    /** First characters of no verb: particles, prepositions, copulas, pronouns, negations, measure words. */
    private static final String NOT_VERB_STARTS = "是的在对把将以为与和及同从向由按依据让使被给有没不非未也都就还更最很其这那该各每此一二三四五六七八九十个些所";
    /** Characters before 要 that make an adjective or noun of it (首要, 必要, 紧要, 纪要, 摘要, 提要). */
    private static final String NOT_MODAL_YAO_AFTER = "首必紧纪摘提扼概简主重需只不想";

    /** Two-character prepositions that open a clause after a modal as a verb would: 根据, 围绕, 按照. */
    private static final java.util.Set<String> NOT_VERB_WORDS =
            java.util.Set.of("根据", "围绕", "按照", "依照", "通过", "经过", "对于", "关于", "随着", "针对", "基于", "依据");
    /** Characters that after 要 make a noun, not a modal and a verb (要素, 要求, 要点, 要害, 要件, 要务). */
    private static final String NOT_AFTER_YAO = "素求点害件务领闻";

    /** Modals, and 让我们, the exhortation that closes a report or a speech (让我们团结…，高举…). */
    private static final String[] MODALS = {"必须", "应当", "需要", "不得", "让我们", "要"};

    /** An item number opening a line: （一）, (2), 3., ① */
    private static final java.util.regex.Pattern LIST_ITEM =
            java.util.regex.Pattern.compile("\\s*(?:[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.．、]|[①-⑳])");
    /** A law's article number and the space after it: 第四条 . */
    private static final java.util.regex.Pattern ARTICLE =
            java.util.regex.Pattern.compile("\\s*(?:#+\\s*)?第[一二三四五六七八九十百零〇\\d]+条[\\s　]*");
    /** The first chars of the {@link #MODALS}. */
    private static final CharSet MODAL_STARTS = CharSet.of("必应需不让要");
    /** Words before 要 that make it another word (主要, 重要, 需要 read as itself, 只要, 不要 is no directive here). */
    private static final String NOT_YAO_BEFORE = "主重需只不必想";
    /** Adverbs between a modal or a clause's start and its verb. */
    private static final String[] ADVERBS = {
        // manner phrases of the register first, so that a longer one is read before its start (持续用力, 持续)
        "持续用力",
        "旗帜鲜明",
        "千方百计",
        "综合施策",
        "因地制宜",
        "毫不松懈",
        "科学精准",
        "全方位",
        "毫不动摇",
        "长期稳定",
        "大规模",
        "创造性",
        "高质量",
        "稳妥",
        "动态",
        "有序",
        "加力",
        "分类",
        "一体",
        "更好",
        "合理",
        "充分",
        "继续",
        "坚定不移地",
        "坚定不移",
        "进一步",
        "着力",
        "不断",
        "大力",
        "切实",
        "积极",
        "全面",
        "深入",
        "依法",
        "及时",
        "坚决",
        "显著",
        "持续",
        "有效",
        "必须",
        "严厉",
        "严格",
        "稳步",
        "扎实",
        "主动",
        "认真",
        "牢牢",
        "自觉",
        "逐步",
        "共同",
        "加紧",
        "应当",
        "要",
        "更加",
        "始终",
        "广泛",
        "重点",
        "有机",
        "高度",
        "严密",
        "尽快",
        "率先",
        "正确",
        "优先",
        "准确",
        "科学",
        "整体",
        "牢固",
        "真正",
        "紧紧",
        "抓紧",
        "下大气力",
        "携手",
        "坚定",
        "紧密",
        "分别",
        // a law's obligations: when and how the duty is done (应当立即采取, 定期开展, 如实提供, 予以配合)
        "立即",
        "定期",
        "如实",
        "妥善",
        "予以",
        // ，并向X报告: the conjunction opening a clause of the chain, before its verb or preposition
        "并"
    };
    /** The first chars of the {@link #ADVERBS}: at any other char no adverb stands. */
    private static final CharSet ADVERB_STARTS = CharSet.ofFirstChars(ADVERBS);

    @Override
    public String id() {
        return "directive";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        String f = ctx.folded();
        Span s = ctx.span();
        if (!ctx.hasHan()) {
            return List.of();
        }
        DocumentMemory memory = ctx.memory();
        boolean listed = listItem(f, memory, s.start()) && introducedWithoutModal(f, memory, s.start());
        List<Finding> out = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        // 维护国家安全，应当…; 建设X，必须…: the clauses before the one a modal opens name its topic or
        // purpose; the directive is the verb after the modal
        int topicEnd = modalClause(f, s);
        // one search of the sentence spares the scan of each clause for a modal's first char in most sentences
        boolean modals = ctx.mentions(MODALS);
        // a clause opened by a verb is a directive once the sentence has given one: after 国家坚持… or
        // 为了维护…, the next clause's verb continues the State's declarative or the purpose
        // an item of a list that no modal introduces (…适用本法：（一）…; 是指下列行为：) names what the
        // law covers or defines; a clause after ； whose paragraph opened with a subject and its verb
        // (中华人民共和国坚持…；坚持…) continues that declarative: neither is an instruction
        boolean chain = !listed && !declarativeContinued(f, memory, s.start());
        boolean bareVerbBefore = false;
        boolean verbOpenedBefore = false;
        // 应当包括X、Y，开展Z的情况: after a verb that lists its object the clauses are members of the list
        boolean enumerating = false;
        // a modal read in the sentence so far: its duty may be done on a basis (应当按照规定及时告知)
        boolean obliged = false;
        int pieceBefore = 0;
        int objectBefore = 0;
        int clause = s.start();
        for (int i = s.start(); i <= s.end(); i++) {
            if (i < s.end() && !CLAUSE_MARKS.contains(f.charAt(i))) {
                continue;
            }
            boolean afterListComma = clause > s.start() && f.charAt(clause - 1) == '、';
            // ——坚持X。: the dash of a principle's or a programme's item opens the item, as a number does
            int opening = clause;
            while (opening < i && ITEM_DASHES.contains(f.charAt(opening))) {
                opening++;
            }
            Span c = new Span(opening, i);
            clause = i + 1;
            if (c.length() > 1 && i < s.end() && f.charAt(i) == '，' && f.charAt(i - 1) == '的') {
                // 提供X应当取得许可的，…: a clause closed by 的 and a comma is the condition of a law's rule
                // (or a phrase modifying what follows); what it requires is said after it
                chain = false;
                bareVerbBefore = false;
                continue;
            }
            if (c.length() == 0
                    || NUMBERING_STARTS.indexOf(f.charAt(c.start())) >= 0
                            && NUMBERING.matcher(c.of(f)).matches()) {
                bareVerbBefore = true; // 五、贯彻…: the 、 after a heading's number lists nothing
                continue; // 五、 (一) 第三条: a heading's number is no clause
            }
            if (c.end() < s.end() && f.charAt(c.end()) == '、' && MANNER_PIECES.contains(c.of(f))) {
                bareVerbBefore = true; // 完整、准确、全面贯彻: the manner words before the verb list nothing
                continue;
            }
            TreeSet<Integer> starts = new TreeSet<>();
            // 创造、保护、运用: after 、 a verb continues a chain only of bare verbs (防范、制止和惩治)
            // (坚守底线、突出重点: verb-object pieces continue one another)
            // in parallel with the piece before, not with its object (坚持政治建军、改革强军 lists objects)
            boolean parallel = Math.abs(c.length() - pieceBefore) < Math.abs(c.length() - objectBefore);
            boolean continued = !afterListComma || bareVerbBefore || verbOpenedBefore && parallel && !bareVerb(f, c);
            if (chain && !enumerating && c.end() > topicEnd && continued && !subjectClause(f, c, s.end())) {
                starts.add(c.start());
            }
            boolean modalIn = false;
            for (int j = c.start(); modals && j < c.end(); j++) {
                if (!MODAL_STARTS.contains(f.charAt(j))) {
                    continue;
                }
                for (String modal : MODALS) {
                    if (f.startsWith(modal, j)
                            && (!modal.equals("要") || j == s.start() || NOT_YAO_BEFORE.indexOf(f.charAt(j - 1)) < 0)
                            && !nounModal(f, j, modal, c.end())) {
                        starts.add(j + modal.length());
                        modalIn = true;
                        obliged = true;
                        if (modal.equals("不得") && f.startsWith("有", j + 2) && verbAt(f, j + 3, c.end()) >= 0) {
                            starts.add(j + 3); // 不得有危害…的行为: the act forbidden is the verb after 有
                        }
                    }
                }
            }
            int verbEnd = -1;
            verbOpenedBefore = false;
            for (int start : starts) {
                int at = afterAdverbs(f, start, c.end());
                if (takes(f, at, c.end(), start > c.start() || !chain)) {
                    if (!seen.contains(at)) {
                        seen.add(at);
                        out.add(directive(ctx, at, at + 1, "take"));
                    }
                    continue;
                }
                int phrase = at;
                at = afterPhrase(f, obliged ? afterBasis(f, at, c.end()) : at, c.end());
                if (start > c.start() && modalBefore(f, start) && !seen.contains(at) && verbAt(f, at, c.end()) < 0) {
                    // 要简化X: after a modal the clause's verb is an action whatever verb it is; one the
                    // table lacks is keyed in its own words, as a candidate concept is
                    int unknown = unlistedVerb(f, at, c.end());
                    if (unknown > 0) {
                        seen.add(at);
                        out.add(directive(ctx, Math.min(phrase, at), unknown, Slugs.of(f.substring(at, unknown))));
                        at = -1;
                    }
                }
                while (at >= 0 && at < c.end() && !seen.contains(at)) {
                    int end = verbAt(f, at, c.end());
                    if (end < 0
                            || end < s.end() && NOT_A_VERB_AFTER.indexOf(f.charAt(end)) >= 0
                            || f.startsWith("为主", end)
                            || predicateAfter(f, at, end, c.end())) {
                        break; // 形成了, 创新型, 预防为主, 队伍建设进一步加强: no verb giving a directive
                    }
                    seen.add(at);
                    int action = afterMeans(f, end, c.end());
                    if (action >= 0) {
                        at = action; // 加大力度支持X: the verb and its means phrase say how, the verb after it what
                        continue;
                    }
                    int verbStart = at;
                    // 将X纳入Y: the preposition's phrase is part of the directive's words
                    out.add(directive(ctx, Math.min(phrase, at), end, VERBS.get(f.substring(at, end))));
                    enumerating |= f.startsWith(LISTING_VERB, at) && end == at + LISTING_VERB.length();
                    verbEnd = end;
                    // 不得超越职权、滥用职权: a modal opening the clause opens its verb as the clause's start does
                    verbOpenedBefore |= start == c.start() || start == afterModalOpening(f, c);
                    phrase = end;
                    // 防范、制止和依法惩治: a verb joined by 和 or 并 is a directive of its own
                    // 建立健全: two verbs of one coordinate compound are a directive each
                    at = end < c.end() && "和并".indexOf(f.charAt(end)) >= 0
                            ? afterAdverbs(f, end + 1, c.end())
                            : coordinate(f, at, end, c.end());
                    if (f.startsWith(OR, end)) {
                        // 不得窃取或者以其他方式获取: a prohibition's verbs joined by 或者, the second after its manner
                        int second = afterPhrase(f, afterAdverbs(f, end + OR.length(), c.end()), c.end());
                        at = verbAt(f, second, c.end()) >= 0 ? second : at;
                    }
                    if (at < 0 && end < c.end() && "把将".indexOf(f.charAt(end)) >= 0) {
                        // 坚持把X的着力点放在Y: the 把 phrase of the verb's object has its own verb of result
                        at = complementedVerb(f, objectStart(f, end, c.end()), c.end());
                    }
                    if (at < 0) {
                        // 加快完善X和加快转变Y: the verb said again after 和 opens a second directive
                        at = repeatedAfterHe(f, end, c.end(), verbStart);
                        phrase = at < 0 ? phrase : at;
                    }
                    if (at < 0) {
                        // 告知用户并向主管部门报告: 并 after the object joins a second verb phrase
                        at = afterBing(f, end, c.end());
                        phrase = at < 0 ? phrase : at;
                    }
                }
            }
            bareVerbBefore = verbEnd == c.end();
            pieceBefore = c.length();
            objectBefore = verbEnd < 0 ? c.length() : c.end() - verbEnd;
            // 应当依照…的规定，采取…: a modal governs the chain of clauses after it, its own clause a phrase
            // 要在…领导下，以X为指导，全面贯彻…: a clause of a preposition's frame alone passes the chain on
            // 应当依照法律、法规的规定，建立…: a piece of a list inside a phrase (after 、, no verb) passes it on too
            chain = !enumerating
                    && (!out.isEmpty()
                            || c.end() <= topicEnd
                            || modalIn
                            || chain && verbEnd < 0 && (frame(f, c) || afterListComma));
        }
        return out;
    }

    /** The conjunction of alternative acts (不得V1或者V2). */
    private static final String OR = "或者";

    /** A verb whose object is a list (应当包括X、Y、Z): the clauses after it are its members. */
    private static final String LISTING_VERB = "包括";

    /** What after 并 makes one word with it, not a conjunction (并重, 并举, 并行, 并存, 并且, 并非). */
    private static final String NOT_AFTER_BING = "重举行存且非列肩";

    /**
     * The start of a verb phrase joined by 并 after the object of the verb ending at {@code from}
     * (采取措施并及时报告, 告知用户并向主管部门报告), adverbs and a preposition's phrase before its verb
     * allowed; or -1.
     */
    private static int afterBing(String f, int from, int end) {
        int bing = CharScan.indexOf(f, '并', from, end);
        if (bing < 0 || bing + 1 >= end || NOT_AFTER_BING.indexOf(f.charAt(bing + 1)) >= 0) {
            return -1;
        }
        int at = afterAdverbs(f, bing + 1, end);
        at = afterPhrase(f, at, end);
        return verbAt(f, at, end) >= 0 ? at : -1;
    }

    /**
     * Whether the modal at {@code j} is a noun: 需要 or 要 after 的 (根据发展的需要), and 需要 closing its
     * clause (根据实际需要，…).
     */
    private static boolean nounModal(String f, int j, String modal, int clauseEnd) {
        if (j > 0 && f.charAt(j - 1) == '的' && (modal.equals("需要") || modal.equals("要"))) {
            return true;
        }
        int end = clauseEnd;
        while (end > j && "。！？!?".indexOf(f.charAt(end - 1)) >= 0) {
            end--;
        }
        return modal.equals("需要") && j + 2 == end;
    }

    /**
     * Whether the verb at {@code [at, end)} is the last word of a subject whose predicate closes the clause
     * after it: an adverb of degree, then a verb of the table and the clause's end (队伍建设进一步加强). A target
     * describes a state to be reached; the verb is a noun there, and no one is told to act.
     */
    private static boolean predicateAfter(String f, int at, int end, int clauseEnd) {
        int stop = clauseEnd;
        while (stop > end && "。！？!?".indexOf(f.charAt(stop - 1)) >= 0) {
            stop--;
        }
        for (String adverb : PREDICATE_ADVERBS) {
            if (f.startsWith(adverb, end)) {
                int predicate = end + adverb.length();
                return verbAt(f, predicate, stop) == stop;
            }
        }
        return false;
    }

    /** Adverbs of degree and progress that open a target's predicate (进一步加强, 更加完善, 明显提高). */
    private static final String[] PREDICATE_ADVERBS = {"进一步", "更加", "明显", "显著", "基本", "逐步", "稳步", "不断", "持续"};

    /** Whether the line holding {@code at} opens with an item number: （一）, (2), 3. */
    private static boolean listItem(String f, DocumentMemory memory, int at) {
        int i = memory.lineStart(at);
        return opensListItem(f, i, Math.min(f.length(), i + 8));
    }

    /** Whether {@code [start, end)} opens with an item number; most lines open with a word, tried by one char. */
    private static boolean opensListItem(String f, int start, int end) {
        char first = start < end ? f.charAt(start) : 'x';
        return (first == '（'
                        || first == '('
                        || first >= '0' && first <= '9'
                        || first >= '①' && first <= '⑳'
                        || Character.isWhitespace(first))
                && LIST_ITEM.matcher(f).region(start, end).lookingAt();
    }

    /**
     * Whether the list holding the item at {@code at} is introduced by a line ending in ： that has no
     * modal (…适用本法：, 是指下列行为：, 国家采取下列措施：): its items name what the law covers, defines or
     * the State does. An introduction with a modal (应当履行下列义务：, 要重点做好以下工作：) governs its items,
     * and a report's （一）… sections follow no colon: both read as any other sentence.
     */
    private static boolean introducedWithoutModal(String f, DocumentMemory memory, int at) {
        int first = memory.lineStart(at);
        Boolean known = memory.introduction(first);
        if (known == null) {
            known = introductionWithoutModal(f, memory, first);
            memory.introduction(first, known);
        }
        return known;
    }

    /**
     * {@link #introducedWithoutModal} worked out: back over the items and blank lines before the item on
     * the line starting at {@code line}; an earlier item's answer is this one's, as its list is.
     */
    private static boolean introductionWithoutModal(String f, DocumentMemory memory, int line) {
        while (line > 0) {
            int previous = memory.lineStart(line - 1);
            int start = previous;
            int end = line - 1;
            while (start < end && Character.isWhitespace(f.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(f.charAt(end - 1))) {
                end--;
            }
            if (start == end || opensListItem(f, start, end)) {
                Boolean known = memory.introduction(previous);
                if (known != null) {
                    return known;
                }
                line = previous;
                continue;
            }
            char last = f.charAt(end - 1);
            if (last != '：' && last != ':') {
                return false;
            }
            for (int j = start; j < end; j++) {
                if (MODAL_STARTS.contains(f.charAt(j))) {
                    for (String modal : MODALS) {
                        if (f.startsWith(modal, j)
                                && (!modal.equals("要") || j == start || NOT_YAO_BEFORE.indexOf(f.charAt(j - 1)) < 0)) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether the sentence at {@code at} follows a ； in a full sentence (up to 。, else its paragraph) whose
     * first clause names its subject and goes on with a verb, no modal between (国家坚持…；坚持…): the
     * later clauses share that subject.
     */
    private static boolean declarativeContinued(String f, DocumentMemory memory, int at) {
        int before = at - 1;
        while (before >= 0 && Character.isWhitespace(f.charAt(before))) {
            before--;
        }
        if (before < 0 || f.charAt(before) != '；') {
            return false;
        }
        int i = memory.lineStart(before);
        // 构建X是Y。中国坚持A，推动B；坚持C: the subject is the one of the full sentence the ； is in
        for (int j = before - 1; j > i; j--) {
            if ("。！？!?".indexOf(f.charAt(j)) >= 0) {
                i = j + 1;
                break;
            }
        }
        java.util.regex.Matcher article = ARTICLE.matcher(f).region(i, before);
        if (article.lookingAt()) {
            i = article.end();
        }
        int end = i;
        while (end < before && "，；。：".indexOf(f.charAt(end)) < 0) {
            end++;
        }
        if (i >= end
                || afterAdverbs(f, i, end) != i
                || verbAt(f, i, end) >= 0
                || PREPOSITIONS.indexOf(f.charAt(i)) >= 0) {
            return false; // the paragraph opens with its verb or a preposition: subjectless, an instruction
        }
        for (int j = i; j < end; j++) {
            for (String modal : MODALS) {
                if (f.startsWith(modal, j)) {
                    return false; // 国家安全工作应当…: the modal governs what follows
                }
            }
        }
        return firstVerb(f, i, end) >= 0;
    }

    /**
     * A clause that is a frame of what follows and no action of its own: 以X为指导, 在X领导下; not 在境外开展X
     * (a condition with its own verb).
     */
    private static boolean frame(String f, Span c) {
        char first = f.charAt(c.start());
        char last = f.charAt(c.end() - 1);
        return first == '以' && CharScan.indexOf(f, '为', c.start(), c.end()) > c.start()
                || first == '在' && (last == '下' || last == '中')
                || c.length() > 2 && BASIS_PREPOSITIONS.contains(c.of(f).substring(0, 2));
    }

    /** A basis of a law's duty closed by the word naming it (按照规定, 依照国家有关规定, 根据约定). */
    private static final java.util.regex.Pattern BASIS_PHRASE =
            java.util.regex.Pattern.compile("(?:按照|依照|根据|依据)[^，。；：、]{0,10}?(?:规定|程序|标准|约定)");

    /** Prepositions of a basis or focus (根据X的要求, 按照X的部署): a clause of one frames the actions after it. */
    private static final java.util.Set<String> BASIS_PREPOSITIONS = java.util.Set.of("根据", "按照", "依照", "依据", "围绕");

    /**
     * 把X作为Y (take X as Y), and 以X为Y governed by a modal (必须以X为重点): the preposition's frame is
     * the action, keyed take. 以X为Y in a chain of clauses is a role under the clause's governing verb.
     */
    private static boolean takes(String f, int at, int end, boolean governed) {
        if (at >= end) {
            return false;
        }
        if (f.charAt(at) == '把' || f.charAt(at) == '将') {
            int zuowei = CharScan.indexOf(f, "作为", at, end);
            int verb = firstVerb(f, objectStart(f, at, end), end);
            return zuowei > at && zuowei < end && (verb < 0 || verb >= zuowei);
        }
        if (f.charAt(at) == '以' && governed) {
            int wei = CharScan.indexOf(f, '为', at + 1, end);
            return wei > at && wei < end && firstVerb(f, wei + 1, end) < 0;
        }
        return false;
    }

    /**
     * The start of the first clause a modal opens (必须…, 应当…) after clauses of the sentence's own,
     * or the sentence's start when none does.
     */
    private static int modalClause(String f, Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (f.charAt(i) == '，' && i > s.start()) {
                int at = i + 1;
                for (String a : LEADING) {
                    if (f.startsWith(a, at)) {
                        at += a.length();
                    }
                }
                for (String modal : MODALS) {
                    if (f.startsWith(modal, at) && !modal.equals("不得")) {
                        return i;
                    }
                }
            }
        }
        return s.start();
    }

    /** A clause whose opening verb phrase is the subject of 是 or of a modal later in it (建设X是…, 保障X要…). */
    private static boolean subjectClause(String f, Span c, int sentenceEnd) {
        int verb = verbAt(f, c.start(), c.end());
        if (verb < 0 || CLAUSE_OBJECT_VERBS.contains(f.substring(c.start(), verb))) {
            return false; // 坚持房子是用来住的: the clause after the verb is its object
        }
        int end = c.end();
        while (end < sentenceEnd && "，。；：！？,;:!?\n".indexOf(f.charAt(end)) < 0) {
            end++; // 维护主权、统一和领土完整是…: the subject runs on over 、
        }
        for (int j = verb; j < end; j++) {
            char ch = f.charAt(j);
            if (ch == '是' && !f.startsWith("是否", j)
                    || f.startsWith("应当", j)
                    || f.startsWith("必须", j)
                    || ch == '要'
                            && NOT_YAO_BEFORE.indexOf(f.charAt(j - 1)) < 0
                            && afterAdverbs(f, j + 1, end) < end
                            && verbAt(f, afterAdverbs(f, j + 1, end), end) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Past a phrase of a preposition to the verb it modifies: 把X放在Y, 对X进行Y, 为X提供Y, 将X纳入Y,
     * 同X开展Y, 以X为Y构建Z; where no verb of the table follows, the phrase's own start (no verb stands
     * there either). 为 before a verb opens a purpose (为实现…), not a phrase.
     */
    private static int afterPhrase(String f, int at, int end) {
        if (at + 1 < end && f.charAt(at) == '在') {
            return afterPlace(f, at, end);
        }
        if (at + 1 >= end
                || PREPOSITIONS.indexOf(f.charAt(at)) < 0
                || verbAt(f, at, end) >= 0
                || f.startsWith("同时", at)
                || f.charAt(at) == '为' && (f.charAt(at + 1) == '了' || verbAt(f, at + 1, end) >= 0)) {
            return at;
        }
        int from = objectStart(f, at, end);
        if (f.charAt(at) == '以') {
            int wei = CharScan.indexOf(f, '为', at + 1, end);
            from = wei > at && wei < end ? wei + 1 : at + 1;
        }
        if ("与同".indexOf(f.charAt(at)) >= 0) {
            // 与Y相协调, 同Y相结合: the reciprocal verb, not a verb inside Y (经济社会发展)
            int xiang = CharScan.indexOf(f, '相', from, end);
            if (xiang > 0 && xiang < end && verbAt(f, xiang, end) > 0) {
                return xiang;
            }
        }
        boolean disposal = "把将".indexOf(f.charAt(at)) >= 0;
        if (disposal) {
            // 把X结合起来, 把X凝聚到Y上来, 把X放在Y: the verb with a complement of result is the action
            int complemented = complementedVerb(f, from, end);
            if (complemented >= 0) {
                return complemented;
            }
        }
        int verb = firstVerb(f, from, end);
        int de = verb < 0 ? -1 : CharScan.indexOf(f, '的', verb, end);
        if (de > 0 && de < end && "对向为把将".indexOf(f.charAt(at)) >= 0) {
            // 对做出突出贡献的单位, 把推动X的着力点…: a verb inside the object's modifier; the phrase's verb
            // comes after it
            int after = firstVerb(f, de + 1, end);
            verb = after >= 0 || !disposal ? after : verb;
        }
        if (verb >= 0 && "对向".indexOf(f.charAt(at)) >= 0) {
            // 对其处理活动定期开展评估: an adverb after the object opens the predicate; a verb before it
            // is a word of the object
            int predicate = predicateAfterAdverb(f, verbAt(f, verb, end), end);
            verb = predicate >= 0 ? predicate : verb;
        }
        if (verb > from) {
            // 为现代化建设提供动力: a verb noun ending the object, the phrase's verb right after it
            int nounEnd = verbAt(f, verb, end);
            if (verbAt(f, nounEnd, end) >= 0) {
                verb = nounEnd;
            }
        }
        return verb < 0 ? at : verb;
    }

    /**
     * Past a frame of where or in what respect (在X上, 在X中, 在X方面) to the verb after it, adverbs
     * between allowed (在用地指标上优先保障); the frame's own start when no verb follows one: 在 with a
     * verb inside (在境外开展X) states a condition, not the action.
     */
    private static int afterPlace(String f, int at, int end) {
        for (int j = at + 2; j < end; j++) {
            int after = f.charAt(j) == '上' || f.charAt(j) == '中' ? j + 1 : f.startsWith("方面", j) ? j + 2 : -1;
            if (after > 0) {
                int verb = afterAdverbs(f, after, end);
                if (verbAt(f, verb, end) >= 0) {
                    return verb;
                }
            }
        }
        return at;
    }

    /** The first verb after {@code from} that has a complement of result (凝聚到, 结合起来, 放在, 纳入), or -1. */
    private static int complementedVerb(String f, int from, int end) {
        for (int j = from; j < end; j++) {
            int e = verbAt(f, j, end);
            if (e < 0) {
                continue;
            }
            if ("到在入于成".indexOf(f.charAt(e - 1)) >= 0
                    || e < end && (f.startsWith("起来", e) || "到在入于进成".indexOf(f.charAt(e)) >= 0)) {
                return j;
            }
            j = e - 1;
        }
        return -1;
    }

    /**
     * Past the basis a law's duty is done on (按照规定及时告知, 依照有关规定对X进行Y) to the duty's verb; {@code at}
     * itself when no verb follows one. Read only under a modal: without one (…的单位，按照规定给予表彰) the
     * clause states what the State does.
     */
    private static int afterBasis(String f, int at, int end) {
        if (at + 3 >= end || !BASIS_PREPOSITIONS.contains(f.substring(at, at + 2))) {
            return at;
        }
        java.util.regex.Matcher rule = BASIS_PHRASE.matcher(f).region(at, end);
        if (!rule.lookingAt()) {
            return at;
        }
        int verb = afterAdverbs(f, rule.end(), end);
        int after = verb < end && PREPOSITIONS.indexOf(f.charAt(verb)) >= 0 ? afterPhrase(f, verb, end) : verb;
        return verbAt(f, after, end) >= 0 ? after : at;
    }

    /** The verb after the first adverb from {@code from} on that stands right before one, or -1. */
    private static int predicateAfterAdverb(String f, int from, int end) {
        for (int j = from; j >= 0 && j < end; j++) {
            int verb = afterAdverbs(f, j, end);
            if (verb > j && verbAt(f, verb, end) >= 0) {
                return verb;
            }
        }
        return -1;
    }

    /** Where the preposition's object starts its search for the verb: past a verb the object opens with (把维护X贯穿Y). */
    private static int objectStart(String f, int at, int end) {
        int opening = verbAt(f, at + 1, end);
        return opening < 0 ? at + 1 : opening;
    }

    private static int firstVerb(String f, int from, int end) {
        for (int j = from; j < end; j++) {
            if (verbAt(f, j, end) >= 0) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The start of the second verb of a coordinate compound (建立健全, 巩固拓展) whose first ends at
     * {@code end}, or -1: other verb + verb compounds (加快建设) count once, by their head.
     */
    private static int coordinate(String f, int at, int end, int clauseEnd) {
        int second = verbAt(f, end, clauseEnd);
        return second > 0 && COORDINATE.contains(f.substring(at, second)) ? end : -1;
    }

    /**
     * The start of the verb that ends at {@code from} said again right after a 和 between {@code from} and
     * {@code end}, or -1.
     */
    private static int repeatedAfterHe(String f, int from, int end, int verbStart) {
        int n = from - verbStart;
        for (int he = CharScan.indexOf(f, '和', from, end); he >= 0; he = CharScan.indexOf(f, '和', he + 1, end)) {
            if (f.regionMatches(he + 1, f, verbStart, n)) {
                return he > from && he + 1 + n < end ? he + 1 : -1;
            }
        }
        return -1;
    }

    /** Where the verb of a clause opened by a modal stands (不得超越…), or -1 when no modal opens it. */
    private static int afterModalOpening(String f, Span c) {
        for (String modal : MODALS) {
            if (f.startsWith(modal, c.start())) {
                return c.start() + modal.length();
            }
        }
        return -1;
    }

    /** A piece that is a verb alone, adverbs before it allowed (防范、制止). */
    private static boolean bareVerb(String f, Span c) {
        int at = afterAdverbs(f, c.start(), c.end());
        return verbAt(f, at, c.end()) == c.end();
    }

    private static Finding directive(SentenceContext ctx, int evidenceStart, int verbEnd, String lemma) {
        String f = ctx.folded();
        int objectEnd = verbEnd;
        while (objectEnd < ctx.span().end() && "，。；：！？,;:!?".indexOf(f.charAt(objectEnd)) < 0) {
            objectEnd++;
        }
        Span object = new Span(verbEnd, objectEnd);
        // a loop, not a stream: a directive is made for most clauses of a Chinese text, and holds a concept or two
        List<String> concepts = new ArrayList<>(2);
        for (Lexicon.Match m : ctx.find(ctx.concepts(), f, object)) {
            if (!concepts.contains(m.iri())) {
                concepts.add(m.iri());
            }
        }
        return new Finding.Directive(
                "directive",
                lemma,
                concepts,
                object.of(ctx.text()),
                new Span(evidenceStart, objectEnd),
                ctx.sentence());
    }

    /**
     * After a verb whose object is a means (加大力度, 强化举措, 采取措施, 发挥优势, 创新引领), the start of the
     * verb of the action it serves when one follows with its own object, or -1.
     */
    private static int afterMeans(String f, int verbEnd, int end) {
        for (String means : MEANS) {
            if (f.startsWith(means, verbEnd)) {
                int at = afterAdverbs(f, verbEnd + means.length(), end);
                int action = verbAt(f, at, end);
                return action > 0 && action + 1 < end && Lexicon.isHan(f.charAt(action)) ? at : -1;
            }
        }
        return -1;
    }

    /** Whether a modal of {@link #MODALS} ends at {@code at}. */
    private static boolean modalBefore(String f, int at) {
        for (String modal : MODALS) {
            int m = at - modal.length();
            if (m >= 0 && f.startsWith(modal, m)) {
                // 根据需要 "as needed"; 首要, 必要, 紧要: adjectives, not the modal
                return !(modal.equals("需要") && m >= 2 && f.startsWith("根据", m - 2))
                        && !(modal.equals("要") && m >= 1 && NOT_MODAL_YAO_AFTER.indexOf(f.charAt(m - 1)) >= 0);
            }
        }
        return false;
    }

    /**
     * The end of a two-character verb the table lacks at {@code at} (爬坡, 简化), or -1: two Han characters
     * that open no particle, preposition, copula, pronoun or negation and make no noun with a modal's 要
     * (要素, 要求), with an object after them or the clause's end.
     */
    private static int unlistedVerb(String f, int at, int clauseEnd) {
        int end = clauseEnd;
        while (end > at && "。！？!?".indexOf(f.charAt(end - 1)) >= 0) {
            end--; // a sentence's last clause holds its full stop
        }
        int verbEnd = at + 2;
        if (verbEnd > end
                || !Lexicon.isHan(f.charAt(at))
                || !Lexicon.isHan(f.charAt(at + 1))
                || NOT_VERB_STARTS.indexOf(f.charAt(at)) >= 0
                || f.charAt(at - 1) == '要' && NOT_AFTER_YAO.indexOf(f.charAt(at)) >= 0
                || "的了着过".indexOf(f.charAt(at + 1)) >= 0) {
            return -1;
        }
        if (NOT_VERB_WORDS.contains(f.substring(at, verbEnd))
                || verbEnd == end && end < f.length() && f.charAt(end) == '、'
                || at + 4 == end && Lexicon.isHan(f.charAt(at + 2)) && Lexicon.isHan(f.charAt(at + 3))) {
            // 根据分工: a preposition; 完整、准确、全面贯彻: manner words listed before the verb; 灵活适度,
            // 真抓实干: a four-character phrase closing the clause is a manner or a quality, not an action
            return -1;
        }
        return verbEnd == end || Lexicon.isHan(f.charAt(verbEnd)) ? verbEnd : -1;
    }

    /** The English lemma of a verb of the table, or null. */
    static String lemma(String verb) {
        return VERBS.get(verb);
    }

    /** The end of the longest verb of the table at {@code at}, or -1. */
    static int verbAt(String f, int at, int end) {
        if (at >= end || !VERB_STARTS.contains(f.charAt(at))) {
            return -1;
        }
        int k = java.util.Arrays.binarySearch(VERB_FIRSTS, f.charAt(at));
        if (k < 0) {
            return -1; // a one-char verb's first char: a verb here has two chars at least
        }
        for (String verb : VERBS_BY_FIRST[k]) {
            if (verb.length() <= end - at && f.startsWith(verb, at)) {
                return at + verb.length();
            }
        }
        return -1;
    }

    /**
     * Past the adverbs before a verb or a preposition's phrase; adverbs stack (及时依法处理), and a run of
     * them ends where a verb or preposition stands (统筹 is a verb of its own, not an adverb before one).
     */
    private static int afterAdverbs(String f, int at, int end) {
        int past = at;
        int p = at;
        while (p < end) {
            String a = adverbAt(f, p, end);
            if (a == null) {
                break;
            }
            p += a.length();
            if (p < end && f.charAt(p) == '地') {
                p++; // 毫不动摇地坚持, 积极稳妥地推进: the particle 地 closes the adverb
            }
            if (p < end && (verbAt(f, p, end) >= 0 || PREPOSITIONS.indexOf(f.charAt(p)) >= 0)) {
                past = p;
            }
        }
        return past;
    }

    /** The adverb of {@link #ADVERBS} at {@code at}, the one before a verb first, or null. */
    private static String adverbAt(String f, int at, int end) {
        if (at >= end || !ADVERB_STARTS.contains(f.charAt(at))) {
            return null;
        }
        String any = null;
        for (String a : ADVERBS) {
            if (f.startsWith(a, at) && at + a.length() < end) {
                if (verbAt(f, at + a.length(), end) >= 0) {
                    return a;
                }
                if (any == null) {
                    any = a;
                }
            }
        }
        return any;
    }
}
