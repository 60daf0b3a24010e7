package org.policykg.align;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.extract.Numerals;

/**
 * The structure marker a sentence opens with, read the same way in English and Chinese so that
 * 第二条 and "Article 2", 一、 and "I.", （一） and "(1)", 第一章 and "Chapter I" give the same key.
 * Kept small and local to alignment: the segmenter decides what a section is, this only names one.
 *
 * @param level 1 for a chapter or part, 2 for an article or item inside it
 * @param kind "chapter", "part", "article" or "item"
 */
record StructureMarker(int level, String kind, int number) {
    private static final String HAN = "[一二三四五六七八九十百零〇两]{1,6}";
    private static final Pattern ZH_CHAPTER = Pattern.compile("^第(" + HAN + ")章");
    private static final Pattern ZH_ARTICLE = Pattern.compile("^第(" + HAN + ")条");
    private static final Pattern ZH_PART = Pattern.compile("^(" + HAN + ")、");
    private static final Pattern ZH_ITEM = Pattern.compile("^[（(](" + HAN + ")[）)]");
    private static final Pattern EN_CHAPTER = Pattern.compile("^Chapter ([IVXLC]{1,6}|\\d{1,3})\\b");
    private static final Pattern EN_ARTICLE = Pattern.compile("^Article (\\d{1,3})\\b");
    private static final Pattern EN_PART = Pattern.compile("^([IVXLC]{1,6})\\.\\s");
    private static final Pattern EN_ITEM = Pattern.compile("^[（(](\\d{1,2})[）)]");
    /** Markdown heading signs a copied page may keep before a marker. */
    private static final Pattern LEAD = Pattern.compile("^[#\\s]+");

    /** The marker opening the text, or null. */
    static StructureMarker of(String sentence) {
        String s = LEAD.matcher(sentence).replaceFirst("");
        StructureMarker m;
        if ((m = han(ZH_CHAPTER, s, 1, "chapter")) != null
                || (m = han(ZH_ARTICLE, s, 2, "article")) != null
                || (m = han(ZH_PART, s, 1, "part")) != null
                || (m = han(ZH_ITEM, s, 2, "item")) != null
                || (m = latin(EN_CHAPTER, s, 1, "chapter")) != null
                || (m = latin(EN_ARTICLE, s, 2, "article")) != null
                || (m = latin(EN_PART, s, 1, "part")) != null
                || (m = latin(EN_ITEM, s, 2, "item")) != null) {
            return m;
        }
        return null;
    }

    private static StructureMarker han(Pattern p, String s, int level, String kind) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return null;
        }
        int n = hanNumber(m.group(1));
        return n > 0 ? new StructureMarker(level, kind, n) : null;
    }

    private static StructureMarker latin(Pattern p, String s, int level, String kind) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return null;
        }
        String g = m.group(1);
        int n = Character.isDigit(g.charAt(0)) ? Integer.parseInt(g) : Numerals.roman(g);
        return n > 0 ? new StructureMarker(level, kind, n) : null;
    }

    /** 一 to 九百九十九, as section numbers are written: 十一, 二十, 一百零三. */
    static int hanNumber(String s) {
        int total = 0;
        int digit = 0;
        for (char c : s.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                d = 0;
            } else if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
            } else if (c == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (c == '百') {
                total += (digit == 0 ? 1 : digit) * 100;
                digit = 0;
            } else {
                return 0;
            }
        }
        return total + digit;
    }

    String key() {
        return kind + ":" + number;
    }
}
