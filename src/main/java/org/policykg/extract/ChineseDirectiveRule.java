package org.policykg.extract;

import java.util.ArrayList;
import java.util.HashMap;
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
    private static final Map<String, String> VERBS = verbs();
    private static final int LONGEST_VERB =
            VERBS.keySet().stream().mapToInt(String::length).max().orElse(0);
    /** What ends a clause, and what ends the heading mark before one (（一）, 五、). */
    private static final String CLAUSE_MARKS = "，；：、）)　 ,;:";

    /** A heading's number standing as a clause of its own: 五, （一, 第三条. */
    private static final java.util.regex.Pattern NUMBERING =
            java.util.regex.Pattern.compile("[（(]?[一二三四五六七八九十百零〇\\d]+[）)]?|第[一二三四五六七八九十百零〇\\d]+条");

    private static final String[] MODALS = {"必须", "应当", "需要", "不得", "要"};
    /** Words before 要 that make it another word (主要, 重要, 需要 read as itself, 只要, 不要 is no directive here). */
    private static final String NOT_YAO_BEFORE = "主重需只不必想";
    /** Adverbs between a modal or a clause's start and its verb. */
    private static final String[] ADVERBS = {
        "坚定不移地", "坚定不移", "进一步", "着力", "不断", "大力", "切实", "积极", "全面", "深入", "依法", "坚决", "显著", "持续", "有效", "必须", "应当", "要",
        "更加", "始终"
    };

    @Override
    public String id() {
        return "directive";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        String f = ctx.folded();
        Span s = ctx.span();
        if (!hasHan(ctx.foldedSentence())) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        // a clause opened by a verb is a directive once the sentence has given one: after 国家坚持… or
        // 为了维护…, the next clause's verb continues the State's declarative or the purpose
        boolean chain = true;
        int clause = s.start();
        for (int i = s.start(); i <= s.end(); i++) {
            if (i < s.end() && CLAUSE_MARKS.indexOf(f.charAt(i)) < 0) {
                continue;
            }
            Span c = new Span(clause, i);
            clause = i + 1;
            if (c.length() == 0 || NUMBERING.matcher(c.of(f)).matches()) {
                continue; // 五、 (一) 第三条: a heading's number is no clause
            }
            TreeSet<Integer> starts = new TreeSet<>();
            if (chain) {
                starts.add(c.start());
            }
            for (int j = c.start(); j < c.end(); j++) {
                for (String modal : MODALS) {
                    if (f.startsWith(modal, j)
                            && (!modal.equals("要") || j == s.start() || NOT_YAO_BEFORE.indexOf(f.charAt(j - 1)) < 0)) {
                        starts.add(j + modal.length());
                    }
                }
            }
            for (int start : starts) {
                int at = afterAdverbs(f, start, c.end());
                while (at >= 0 && at < c.end() && !seen.contains(at)) {
                    int end = verbAt(f, at, c.end());
                    if (end < 0 || end < s.end() && "了着过".indexOf(f.charAt(end)) >= 0) {
                        break;
                    }
                    seen.add(at);
                    out.add(directive(ctx, at, end));
                    // 防范、制止和依法惩治: a verb joined by 和 or 并 is a directive of its own
                    at = end < c.end() && "和并".indexOf(f.charAt(end)) >= 0 ? afterAdverbs(f, end + 1, c.end()) : -1;
                }
            }
            chain = !out.isEmpty();
        }
        return out;
    }

    private static Finding directive(SentenceContext ctx, int verbStart, int verbEnd) {
        String f = ctx.folded();
        int objectEnd = verbEnd;
        while (objectEnd < ctx.span().end() && "，。；：！？,;:!?".indexOf(f.charAt(objectEnd)) < 0) {
            objectEnd++;
        }
        Span object = new Span(verbEnd, objectEnd);
        List<String> concepts = ctx.find(ctx.concepts(), f, object).stream()
                .map(Lexicon.Match::iri)
                .distinct()
                .toList();
        String lemma = VERBS.get(f.substring(verbStart, verbEnd));
        return new Finding.Directive(
                "directive", lemma, concepts, object.of(ctx.text()), new Span(verbStart, objectEnd), ctx.sentence());
    }

    /** The English lemma of a verb of the table, or null. */
    static String lemma(String verb) {
        return VERBS.get(verb);
    }

    /** The end of the longest verb of the table at {@code at}, or -1. */
    static int verbAt(String f, int at, int end) {
        for (int n = Math.min(LONGEST_VERB, end - at); n >= 2; n--) {
            if (VERBS.containsKey(f.substring(at, at + n))) {
                return at + n;
            }
        }
        return -1;
    }

    private static int afterAdverbs(String f, int at, int end) {
        boolean more = true;
        while (more && at < end) {
            more = false;
            for (String a : ADVERBS) {
                // 统筹 is a verb too: skipped only when a verb follows it (统筹推进 is in the table itself)
                if (f.startsWith(a, at) && verbAt(f, at + a.length(), end) >= 0) {
                    at += a.length();
                    more = true;
                    break;
                }
            }
        }
        return at;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Lexicon.isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> verbs() {
        Map<String, String> verbs = new HashMap<>();
        for (String entry : WordLists.read("directive-verbs-zh.tsv")) {
            String[] cells = entry.split("\t");
            if (cells.length == 2) {
                verbs.put(cells[0], cells[1]);
            }
        }
        return Map.copyOf(verbs);
    }
}
