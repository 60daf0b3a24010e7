package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import org.policykg.vocab.PKG;

/**
 * Set phrases of Party language the concept scheme lacks, read by the shapes their names take in Chinese:
 * a modifier of two to ten characters before a head that names a doctrine, a line of policy or an
 * institution (…方针, …道路, …思想, …共同体, …防线, …负责制: 新时代军事战略方针, 社会治理共同体), a field
 * given priority (X优先发展) and the rule of law over a domain (依法治X: 依法治军). Each is a candidate
 * concept minted from its own words, and, as the longest phrase, it stands for the scheme's labels inside
 * it (公共安全 inside 公共安全治理共同体 is no mention of its own). Heads that also close common nouns
 * (体系, 制度, 政策, 战略) are not read: the register names countless systems and policies that are no set
 * phrase.
 */
final class ChineseTermShapes {
    private static final String[] HEADS = {"方针", "道路", "思想", "共同体", "防线", "负责制", "优先发展"};
    private static final CharSet HEAD_STARTS = CharSet.ofFirstChars(HEADS);
    /** 依法治X: the rule of law over one domain. */
    private static final String BY_LAW = "依法治";
    /** What 治 forms a common verb with after 依法 (依法治理 "govern by law"): no domain. */
    private static final String NOT_DOMAINS = "理疗";

    private static final int MIN_MODIFIER = 2;
    private static final int MAX_MODIFIER = 10;
    /**
     * A doctrine is named by a short slogan (强军思想); a longer name before 思想 is a leader's name and
     * era (习近平…思想), a body of thought the formulations scheme holds or that is no concept.
     */
    private static final String DOCTRINE = "思想";

    private static final int MAX_DOCTRINE_MODIFIER = 4;
    /** Characters a modifier never holds: particles, prepositions, conjunctions, copulas, one-character verbs. */
    private static final CharSet STOPS = CharSet.of("的地得和与及同或并而在对把将以为是走从向有了着等让使被由给按于其也都又就更最很要应须");
    /** Words before a head that qualify it and name nothing: 重大方针, 指导思想, 重要思想. */
    private static final String[] QUALIFIERS = {"重大", "重要", "指导", "根本", "基本", "总体", "战略", "有关", "相关", "这些", "各项"};
    /** What after a head makes it the modifier of another noun or an adjective: 思想政治, 战略性. */
    private static final String[] NOT_AFTER = {"性", "化", "政治", "道德", "观念", "上"};

    private ChineseTermShapes() {}

    /** The candidate concepts the shapes find in the sentence, each a match over its words. */
    static List<Lexicon.Match> find(String f, Span sentence) {
        List<Lexicon.Match> out = null;
        for (int i = sentence.start() + MIN_MODIFIER; i < sentence.end(); i++) {
            char c = f.charAt(i);
            Span term = null;
            if (HEAD_STARTS.contains(c)) {
                term = headed(f, sentence, i);
            } else if (c == '依' && f.startsWith(BY_LAW, i)) {
                term = byLaw(f, sentence, i);
            }
            if (term != null) {
                out = out == null ? new ArrayList<>() : out;
                out.add(new Lexicon.Match(PKG.CANDIDATE_NS + Slugs.of(term.of(f)), term));
                i = term.end() - 1;
            }
        }
        return out == null ? List.of() : out;
    }

    /** A modifier and the head at {@code at}, or null. */
    private static Span headed(String f, Span sentence, int at) {
        String head = null;
        for (String h : HEADS) {
            if (f.startsWith(h, at)) {
                head = h;
                break;
            }
        }
        if (head == null) {
            return null;
        }
        int end = at + head.length();
        for (String after : NOT_AFTER) {
            if (f.startsWith(after, end)) {
                return null;
            }
        }
        int start =
                modifierStart(f, sentence.start(), at, head.equals(DOCTRINE) ? MAX_DOCTRINE_MODIFIER : MAX_MODIFIER);
        if (start < 0 || start > sentence.start() && f.charAt(start - 1) == '、') {
            return null; // 工业化、农业现代化道路: a head the items of a list share, no one name
        }
        if (ChineseTerms.word(f.substring(start, end)).isPresent()) {
            return null; // a register word of its own (毛泽东思想), read by the rules that give it roles
        }
        for (String q : QUALIFIERS) {
            if (at - q.length() >= start && f.startsWith(q, at - q.length())) {
                return null;
            }
        }
        return new Span(start, end);
    }

    /** 依法治军: 依法治 and the one-character domain, not a longer verb. */
    private static Span byLaw(String f, Span sentence, int at) {
        int domain = at + BY_LAW.length();
        if (domain >= sentence.end()
                || !Lexicon.isHan(f.charAt(domain))
                || NOT_DOMAINS.indexOf(f.charAt(domain)) >= 0) {
            return null;
        }
        return new Span(at, domain + 1);
    }

    /**
     * The start of the modifier that ends at {@code head}: the run of Han characters before it back to a
     * particle, a preposition or a verb of the directive table (走中国特色X道路: 走 is the verb, not the
     * name), or -1 where the run is shorter than two characters or too long to be one name.
     */
    private static int modifierStart(String f, int floor, int head, int max) {
        int k = head;
        while (k > floor && head - k <= max) {
            char c = f.charAt(k - 1);
            if (!Lexicon.isHan(c) || STOPS.contains(c) || verbEndsAt(f, floor, k)) {
                break;
            }
            k--;
        }
        int length = head - k;
        return length >= MIN_MODIFIER && length <= max ? k : -1;
    }

    /** Whether a verb of the directive table (two to four characters) ends at {@code at}. */
    private static boolean verbEndsAt(String f, int floor, int at) {
        for (int n = 2; n <= 4 && at - n >= floor; n++) {
            if (ChineseDirectiveRule.verbAt(f, at - n, at) == at) {
                return true;
            }
        }
        return false;
    }
}
