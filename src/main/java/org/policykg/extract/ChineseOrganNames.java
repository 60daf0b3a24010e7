package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Bodies and people of Chinese text that the actor scheme does not hold, read by the shapes of their
 * names: an organ of the Party or the state named from the centre (中央…委员会, 国家…局, 国务院…办公室,
 * 全国…委员会, 最高人民…) with the head word of an organ closing the name; and an official named by title
 * and name (发言人…, 总理…, 副主任…: a common surname and one or two characters after the title, the name
 * closed by punctuation or a verb). Both are candidate actors minted from their words.
 */
final class ChineseOrganNames {
    /** The words that open a central organ's name. */
    private static final String[] CENTRES = {"中共中央", "中央", "国务院", "国家", "全国", "最高人民"};
    /** Head words of organs, longest first. */
    private static final String[] HEADS = {
        "领导小组", "委员会", "办公厅", "办公室", "总局", "总署", "检察院", "法院", "银行", "部", "局", "署", "委"
    };
    /** Names whose last words are a common noun, not an organ (全局, 格局, 干部, 局部 ...). */
    private static final Set<String> NOT_ORGANS = Set.of(
            "全局", "大局", "格局", "布局", "开局", "当局", "结局", "变局", "内部", "全部", "干部", "东部", "西部", "中部", "局部", "外部", "部署");
    /** Characters an organ's name never holds: particles, conjunctions, list marks, verbs of relation. */
    private static final CharSet NOT_IN_NAME = CharSet.of("的和与及、或等在对把将是为了着");

    private static final int MAX_NAME = 16;

    /** Titles an official's name follows, longest first. */
    private static final String[] TITLES = {
        "国务院总理", "国家主席", "总书记", "副总理", "国务委员", "委员长", "副主席", "发言人", "副部长", "副主任", "部长", "主任", "总理", "主席", "书记", "省长",
        "市长", "局长", "司令员", "政委"
    };
    /** The surnames most Chinese names open with: a name after a title starts with one. */
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤丁温康";
    /** What may close a name: a verb of speaking or acting, or a preposition. */
    private static final String[] AFTER_NAME = {
        "表示", "指出", "强调", "说", "主持", "出席", "会见", "会谈", "作", "签署", "在", "同", "与", "和", "对", "向", "发表", "介绍", "回答", "宣布"
    };

    private ChineseOrganNames() {}

    /** Whether the sentence holds a first character of a centre or a title: else neither shape can stand. */
    static boolean mayName(SentenceContext ctx) {
        String f = ctx.folded();
        for (int i = ctx.span().start(); i < ctx.span().end(); i++) {
            if (FIRST_CHARS.contains(f.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The first characters of the centres' words and the titles: one scan of a sentence for all of them. */
    private static final CharSet FIRST_CHARS = CharSet.of(CharSet.firstChars(CENTRES) + CharSet.firstChars(TITLES));

    /** The first characters of each list's words: a character that opens none is passed over at once. */
    private static final CharSet CENTRE_FIRST = CharSet.ofFirstChars(CENTRES);

    private static final CharSet TITLE_FIRST = CharSet.ofFirstChars(TITLES);
    private static final CharSet HEAD_FIRST = CharSet.ofFirstChars(HEADS);

    /** Spans of central organs named by their shape. */
    static List<Span> organs(String f, Span s) {
        List<Span> out = new ArrayList<>();
        for (int i = s.start(); i < s.end(); i++) {
            if (!CENTRE_FIRST.contains(f.charAt(i))) {
                continue;
            }
            String centre = CharScan.wordAt(f, i, CENTRES);
            if (centre == null || i > s.start() && Lexicon.isHan(f.charAt(i - 1)) && !opens(f, s.start(), i)) {
                continue;
            }
            int end = organEnd(f, i + centre.length(), s.end());
            if (end > 0) {
                out.add(new Span(i, end));
                i = end - 1;
            }
        }
        return out;
    }

    /** Spans of officials' names after their titles. */
    static List<Span> people(String f, Span s) {
        List<Span> out = new ArrayList<>();
        for (int i = s.start(); i < s.end(); i++) {
            if (!TITLE_FIRST.contains(f.charAt(i))) {
                continue;
            }
            String title = CharScan.wordAt(f, i, TITLES);
            int name = title == null ? s.end() : i + title.length();
            if (name < s.end() && SURNAMES.indexOf(f.charAt(name)) >= 0) {
                for (int length = 3; length >= 2; length--) {
                    int end = name + length;
                    if (end <= s.end() && han(f, name, end) && closesName(f, end, s.end())) {
                        out.add(new Span(name, end));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Whether a name ending at {@code end} is closed there by punctuation, a verb or a preposition. */
    private static boolean closesName(String f, int end, int sentenceEnd) {
        return end >= sentenceEnd || !Lexicon.isHan(f.charAt(end)) || CharScan.wordAt(f, end, AFTER_NAME) != null;
    }

    /** A central organ's name opens after a verb or a preposition's single character; else it is inside a word. */
    private static boolean opens(String f, int floor, int at) {
        return "由向对把与和同及经在为被将让使、".indexOf(f.charAt(at - 1)) >= 0
                || ChineseDirectiveRule.verbAt(f, Math.max(floor, at - 2), at) == at;
    }

    /**
     * The end of the organ's name whose words start at {@code from}: the first head word that closes it
     * within {@link #MAX_NAME} characters, not followed by a Han character that would make it a modifier
     * (委员会委员) unless a verb, a modal or a particle follows; -1 where none.
     */
    private static int organEnd(String f, int from, int end) {
        for (int i = from; i < end && i - from < MAX_NAME; i++) {
            char c = f.charAt(i);
            if (!Lexicon.isHan(c) || NOT_IN_NAME.contains(c)) {
                return -1;
            }
            if (!HEAD_FIRST.contains(c)) {
                continue;
            }
            // the heads run longest first: a one-character head found here means no longer one stands
            String head = CharScan.wordAt(f, i, HEADS);
            if (head == null || i == from && head.length() == 1) {
                continue;
            }
            int close = i + head.length();
            String tail = f.substring(Math.max(from, close - 4), close);
            if (NOT_ORGANS.stream().anyMatch(tail::endsWith) || "门分长队属".indexOf(charAt(f, close, end)) >= 0) {
                return -1; // 部门, 部分, 部长, 部队, 局长: the head is part of another word
            }
            return close;
        }
        return -1;
    }

    private static char charAt(String f, int at, int end) {
        return at < end ? f.charAt(at) : ' ';
    }

    private static boolean han(String f, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Lexicon.isHan(f.charAt(i)) || NOT_IN_NAME.contains(f.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
