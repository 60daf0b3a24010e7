package org.policykg.evaluate;

import org.policykg.extract.TextLanguage;

/**
 * The language a report is filed under: a curator's word in the sidecar wins; otherwise the script of
 * the text decides, since the corpus holds Chinese originals and English translations only.
 */
final class Language {
    private Language() {}

    /** @param declared the sidecar's {@code language}, or null when it names none */
    static String of(String declared, String text) {
        return declared == null || declared.isBlank() ? detect(text) : declared.strip();
    }

    /** "zh" for a Chinese text, "en" for any other: the corpus holds Chinese originals and English only. */
    static String detect(String text) {
        return TextLanguage.of(text).language().equals("zh") ? "zh" : "en";
    }
}
