package org.policykg.evaluate;

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

    /** "zh" when Han characters make up more than a third of the letters, else "en". */
    static String detect(String text) {
        long letters = 0;
        long han = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return letters > 0 && han * 3 > letters ? "zh" : "en";
    }
}
