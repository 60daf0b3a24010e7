package org.policykg.extract;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.Locale;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The language a text is in, as far as the extractor is concerned: Chinese ("zh") when Han characters
 * make up more than a third of its letters, English ("en") when Latin letters make up most of them and
 * read as English, otherwise a language the rules do not read. Scripts are told apart by ICU's
 * {@link UScript}; English from other Latin-script languages (French, German ...) by the share of
 * English function words, which every English sentence is full of and other languages seldom use.
 */
public final class TextLanguage {
    /** Below this share of English function words among its Latin words, a long text is not English. */
    private static final double MIN_FUNCTION_WORDS = 0.08;
    /** A text with fewer Latin words (a title, a list of names) is too short to judge by function words. */
    private static final int MIN_WORDS_TO_JUDGE = 40;

    /**
     * What a text was read as.
     *
     * @param language "en" or "zh" when the extractor reads the text; "und" (undetermined) otherwise
     * @param script the script most of its letters are in ("Latin", "Han", "Cyrillic" ...), or null when
     *     it has no letters
     */
    public record Reading(String language, String script) {
        public boolean read() {
            return !language.equals(UNDETERMINED);
        }

        /** What a person submitting the text should know, or null when the extractor reads it. */
        public String warning() {
            if (read()) {
                return null;
            }
            String what = script == null
                    ? "The text has no letters"
                    : script.equals("Latin")
                            ? "The text is in a language other than English written in Latin letters"
                            : "The text is mostly in " + script + " script, and not Chinese";
            return what + "; the extractor reads English and Chinese only, so it found little or nothing in it.";
        }
    }

    private static final int SCRIPTS = UCharacter.getIntPropertyMaxValue(UProperty.SCRIPT) + 1;

    /** BCP 47 for a language not determined. */
    public static final String UNDETERMINED = "und";

    private TextLanguage() {}

    /** The language the extractor reads {@code text} as. */
    public static Reading of(String text) {
        int[] letters = new int[SCRIPTS];
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.isLetter(cp)) {
                int script = UScript.getScript(cp);
                if (script >= 0 && script < letters.length) {
                    letters[script]++;
                    total++;
                }
            }
        }
        if (total == 0) {
            return new Reading(UNDETERMINED, null);
        }
        int han = letters[UScript.HAN];
        int kana = letters[UScript.HIRAGANA] + letters[UScript.KATAKANA];
        // Japanese writes Han characters too, between its kana
        if (han * 3 > total && kana * 10 < total) {
            return new Reading("zh", "Han");
        }
        String dominant = UScript.getName(dominant(letters));
        if (letters[UScript.LATIN] * 2 > total) {
            return readsAsEnglish(text) ? new Reading("en", "Latin") : new Reading(UNDETERMINED, "Latin");
        }
        return new Reading(UNDETERMINED, dominant);
    }

    /** "zh" for a label with a Han character in it, else "en": the language tag of a candidate's label. */
    public static String tagOf(String label) {
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            i += Character.charCount(cp);
            if (UScript.getScript(cp) == UScript.HAN) {
                return "zh";
            }
        }
        return "en";
    }

    private static int dominant(int[] letters) {
        int best = 0;
        for (int s = 1; s < letters.length; s++) {
            if (letters[s] > letters[best]) {
                best = s;
            }
        }
        return best;
    }

    private static boolean readsAsEnglish(String text) {
        int words = 0;
        int function = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words++;
                if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(
                        text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    function++;
                }
                start = -1;
            }
        }
        return words < MIN_WORDS_TO_JUDGE || function >= MIN_FUNCTION_WORDS * words;
    }
}
