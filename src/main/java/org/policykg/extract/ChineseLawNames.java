package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Laws cited by their short Chinese name, as texts name them after the first full citation and as other
 * laws cite them (《国家安全法》, 依照网络安全法): the scheme's title without the country's name before it.
 * The short name is read only where 法 ends a word: 国家安全法治 names the rule of law, not the law.
 * Plans and other titles named by a quoted set phrase and a head word (“十四五”规划) are read from their
 * opening mark, where no word starts for the scheme's look-up.
 */
final class ChineseLawNames {
    private static final String COUNTRY = "中华人民共和国";
    /** The longest short name read back from its 法 (反有组织犯罪法, 粮食安全保障法). */
    private static final int LONGEST = 14;
    /** Chars after 法 that make it part of another word (法治, 法律, 法规, 法制, 法院, 法人, 法学, 法官, 法庭, 法理). */
    private static final String NOT_A_LAW_AFTER = "治律规制院人学官庭理定宝";

    /** How far past its closing mark a quoted title's head word reaches (“十四五”规划纲要). */
    private static final int HEAD = 4;

    private ChineseLawNames() {}

    static List<Lexicon.Match> find(SentenceContext ctx) {
        List<Lexicon.Match> out = new ArrayList<>();
        if (!ctx.hasHan()) {
            return out;
        }
        quoted(ctx, out);
        if (!ctx.mentions("法")) {
            return out;
        }
        String f = ctx.folded();
        Lexicon documents = ctx.lexicons().documents();
        Span s = ctx.span();
        for (int fa = CharScan.indexOf(f, '法', s.start(), s.end());
                fa >= 0;
                fa = CharScan.indexOf(f, '法', fa + 1, s.end())) {
            if (fa + 1 < s.end() && NOT_A_LAW_AFTER.indexOf(f.charAt(fa + 1)) >= 0) {
                continue;
            }
            for (int start = Math.max(s.start(), fa - LONGEST); start < fa; start++) {
                if (!Lexicon.isHan(f.charAt(start)) || f.startsWith(COUNTRY, start)) {
                    continue;
                }
                var law = documents.exact(COUNTRY + f.substring(start, fa + 1));
                if (law.isPresent()) {
                    out.add(new Lexicon.Match(law.get(), new Span(start, fa + 1)));
                    break;
                }
            }
        }
        return out;
    }

    /** “十四五”规划: the longest title of the scheme from an opening mark to a head word after the closing one. */
    private static void quoted(SentenceContext ctx, List<Lexicon.Match> out) {
        if (!ctx.mentions("\"")) {
            return;
        }
        String f = ctx.folded();
        Lexicon documents = ctx.lexicons().documents();
        Span s = ctx.span();
        for (int open = f.indexOf('"', s.start()); open >= 0 && open < s.end(); open = f.indexOf('"', open + 1)) {
            int close = f.indexOf('"', open + 1);
            if (close < 0 || close >= s.end()) {
                return;
            }
            for (int end = Math.min(s.end(), close + 1 + HEAD); end > close + 1; end--) {
                var title = documents.exact(f, open, end);
                if (title.isPresent()) {
                    out.add(new Lexicon.Match(title.get(), new Span(open, end)));
                    break;
                }
            }
            open = close;
        }
    }
}
