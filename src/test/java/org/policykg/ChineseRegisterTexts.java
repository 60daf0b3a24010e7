package org.policykg;

import com.ibm.icu.text.Transliterator;
import java.util.List;

/**
 * Chinese bad input built from sentences written for the tests in the register of Party and State
 * documents (not copied from any document): the plain paragraphs, and the same text mixed with English,
 * in Traditional characters, with full-width digits and letters, with ASCII punctuation, and without
 * sentence punctuation. Each sentence of {@link #PARAGRAPHS} assigns a role in its plain form.
 */
public final class ChineseRegisterTexts {
    /** Three paragraphs, the first a heading; role assignments, pairs, a directive, a figure and a date. */
    public static final List<String> PARAGRAPHS = List.of(
            "一、统筹发展和安全",
            "各地区各部门要坚持以人民安全为宗旨，以政治安全为根本，以经济安全为基础。必须把粮食安全作为治国理政的头等大事，" + "加强粮食储备体系建设，到2030年使储备能力提高百分之二十。",
            "（一）数据安全是数字经济发展的基础。各级党委和政府要完善“数据分级保护”制度，健全风险监测预警机制；" + "既重视发展问题，又重视安全问题，统筹开放和安全。");

    private ChineseRegisterTexts() {}

    /** The paragraphs, one a line. */
    public static String plain() {
        return String.join("\n", PARAGRAPHS);
    }

    /** A Chinese paragraph after each English one, and English words inside the Chinese sentences. */
    public static String mixedWithEnglish() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < PARAGRAPHS.size(); i++) {
            sb.append(RegisterTexts.PARAGRAPHS.get(i % RegisterTexts.PARAGRAPHS.size()))
                    .append('\n');
            sb.append(PARAGRAPHS.get(i)).append('\n');
        }
        return sb + "推进 AI 安全治理，加强 5G 网络和 data security 的保护（Data Security Law）。\n";
    }

    /** The plain text in Traditional characters, as a Hong Kong or Taiwan copy has it. */
    public static String traditional() {
        return Transliterator.getInstance("Simplified-Traditional").transliterate(plain());
    }

    /** Digits and Latin letters full-width (２０３０年, ＡＩ), as text typed in a Chinese input method has them. */
    public static String fullWidthDigitsAndLetters() {
        StringBuilder sb = new StringBuilder();
        plain().codePoints()
                .map(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' ? c + 0xFEE0 : c)
                .forEach(sb::appendCodePoint);
        return sb + "推进ＡＩ安全治理，到２０３５年基本实现目标：储备率达到９５．５％！\n";
    }

    /** The full-width punctuation replaced by its ASCII look-alikes: ",", ".", ";", "(" and straight quotes. */
    public static String asciiPunctuation() {
        return plain().replace('，', ',')
                .replace('。', '.')
                .replace('；', ';')
                .replace('：', ':')
                .replace('（', '(')
                .replace('）', ')')
                .replace('“', '"')
                .replace('”', '"')
                .replace('、', ',');
    }

    /** The paragraphs without any punctuation, repeated to about {@code chars}, a line for each. */
    public static String withoutPunctuation(int chars) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < chars; i++) {
            sb.append(PARAGRAPHS.get(i % PARAGRAPHS.size()).replaceAll("\\p{P}", ""))
                    .append('\n');
        }
        return sb.toString();
    }
}
