package org.policykg.extract;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The last segment of every IRI minted from words (candidate concepts, roles, formulations, documents,
 * actors): lower-case ASCII, words joined by '-'. It depends on the words alone, so the same words in
 * two documents mint one IRI.
 *
 * <p>Words in another script are transliterated (Han to toneless pinyin, one syllable a word), and
 * then carry a suffix after "--": the first {@value #SUFFIX_CHARS} hex digits of the SHA-256 of the words, folded
 * to Simplified characters. Toneless pinyin is lossy (政治 and 正直 are both "zheng zhi"), and a suffix
 * added only once a clash were seen would make an IRI depend on which documents came first; the
 * suffix on every transliterated slug keeps the IRI a function of the words. Folding to Simplified
 * lets a Traditional original (國家安全) meet its Simplified form on one node.
 */
public final class Slugs {
    /** Hex digits of the suffix: 32 bits, so distinct labels of one corpus do not share one. */
    static final int SUFFIX_CHARS = 8;

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASH = Pattern.compile("(^-|-$)");
    /** "--" and the hex digits: a slug of words never holds "--", as a run of non-letters is one '-'. */
    private static final Pattern SUFFIX = Pattern.compile("--[0-9a-f]{" + SUFFIX_CHARS + "}$");

    // a transliterator keeps per-call state in some of its rules: one per thread rather than a shared lock
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    /**
     * Slugs already spelt, by their words: a document names the same concepts, roles and actors again and
     * again, and transliterating Han words costs more than the rest of minting an IRI.
     */
    private static final Map<String, String> SPELT = new ConcurrentHashMap<>();

    private static final int REMEMBERED = 1 << 14;

    private Slugs() {}

    /**
     * "People's Daily" -> "peoples-daily"; "总体国家安全观" -> "zong-ti-guo-jia-an-quan-guan--" and the
     * suffix; "AI安全治理" -> "ai-an-quan-zhi-li--" and the suffix. Apostrophes are dropped, other runs
     * of what is not a letter or digit become one '-'. Never empty: words with nothing to spell are "--" and
     * the suffix.
     */
    public static String of(String words) {
        String slug = SPELT.get(words);
        if (slug == null) {
            slug = spell(words);
            if (SPELT.size() >= REMEMBERED) {
                SPELT.clear(); // a bound for a long-running service: a document's own words come back soon
            }
            SPELT.put(words, slug);
        }
        return slug;
    }

    private static String spell(String words) {
        if (isAscii(words)) {
            return dashed(words.replace("'", ""));
        }
        String latin = TO_ASCII.get().transliterate(words.replace("'", "").replace("\u2019", ""));
        String slug = dashed(latin.replace("'", ""));
        if (!hasOtherScript(words) && !slug.isEmpty()) {
            return slug; // "Café", "Xi’s": Latin letters spelt in ASCII lose nothing that tells words apart
        }
        String suffix = suffix(words);
        return slug + "--" + suffix;
    }

    /** Whether a slug came from words in another script than Latin, and so ends in a suffix. */
    public static boolean isTransliterated(String slug) {
        return SUFFIX.matcher(slug).find();
    }

    /** The words a transliterated slug spells, without its suffix: "guo jia an quan". */
    public static String spelt(String slug) {
        return SUFFIX.matcher(slug).replaceFirst("").replace('-', ' ');
    }

    private static String dashed(String text) {
        // compiled once: String.replaceAll compiles its expression on every call
        String dashed = NOT_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        return EDGE_DASH.matcher(dashed).replaceAll("");
    }

    private static String suffix(String words) {
        String key = TO_SIMPLIFIED.get().transliterate(words.strip());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, SUFFIX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** A letter of a script other than Latin (Han, Cyrillic ...): its ASCII spelling loses the word. */
    private static boolean hasOtherScript(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                int script = UScript.getScript(cp);
                if (script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED) {
                    return true;
                }
            }
        }
        return false;
    }
}
