package org.policykg;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bad input built from sentences written for the tests in the register of official translations (not
 * copied from any document): a text without sentence punctuation, one very long line, and the plain
 * paragraphs hard-wrapped every few words or broken by page numbers and a running head inside
 * sentences. Each sentence of {@link #PARAGRAPHS} gives a role assignment in its plain form.
 */
public final class RegisterTexts {
    /** Three paragraphs, one a line as written; six role assignments among them. */
    public static final List<String> PARAGRAPHS = List.of(
            "Guarding the supply of grain and energy is a task of the whole Party. We must persist in treating data"
                    + " security as the foundation of the digital economy, and improve the mechanisms for preventing"
                    + " and defusing major risks. Grain security is the lifeline of the whole country and must be kept"
                    + " firmly in our own hands.",
            "The provinces will take ecological security as a guarantee of green development in every river basin."
                    + " We will strengthen the protection of farmland and improve the reserves of grain in every"
                    + " county by 2030. Treating energy security as the top priority, the committees must improve the"
                    + " supply of coal, oil and gas.",
            "All regions and departments must take the people's security as their purpose and political security"
                    + " as their foundation. Cadres at every level must study the new requirements with care and"
                    + " report on their work to the committee above them every year.");

    /** Invented, as the running heads of a printed volume are; it repeats on every page. */
    public static final String RUNNING_HEAD = "Selected Papers on Security and Development";

    private RegisterTexts() {}

    /** The paragraphs, a blank line between them. */
    public static String plain() {
        return String.join("\n\n", PARAGRAPHS);
    }

    /** The paragraphs with their punctuation removed, repeated to about {@code chars}, a line for each. */
    public static String withoutPunctuation(int chars) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < chars; i++) {
            sb.append(PARAGRAPHS.get(i % PARAGRAPHS.size()).replaceAll("\\p{P}", ""))
                    .append('\n');
        }
        return sb.toString();
    }

    /** The paragraphs on one line, repeated and cut to exactly {@code chars} chars (ASCII: as many bytes). */
    public static String singleLine(int chars) {
        String all = String.join(" ", PARAGRAPHS) + " ";
        StringBuilder sb = new StringBuilder(chars + all.length());
        while (sb.length() < chars) {
            sb.append(all);
        }
        sb.setLength(chars);
        return sb.toString();
    }

    /** How many whole copies of the paragraphs {@link #singleLine(int)} holds. */
    public static int wholeCopiesInSingleLine(int chars) {
        return chars / (String.join(" ", PARAGRAPHS).length() + 1);
    }

    /** The plain text hard-wrapped every 3 to 5 words, as a narrow column of a PDF copy has it. */
    public static String wrappedEveryFewWords(Random random) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : PARAGRAPHS) {
            paragraphs.add(String.join("\n", lines(p, random, 3, 5)));
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * The plain text wrapped at 6 to 9 words a line, with a page break every three lines: a blank line,
     * a page number, a blank line, {@link #RUNNING_HEAD}, a blank line. Three lines of a paragraph
     * seldom end a sentence, so the page furniture lands inside sentences.
     */
    public static String withPageFurnitureInsideSentences(Random random) {
        List<String> out = new ArrayList<>();
        int page = 11;
        int onPage = 0;
        for (int k = 0; k < PARAGRAPHS.size(); k++) {
            if (k > 0) {
                out.add("");
            }
            for (String line : lines(PARAGRAPHS.get(k), random, 6, 9)) {
                if (onPage == 3) {
                    out.addAll(List.of("", "- " + page++ + " -", "", RUNNING_HEAD, ""));
                    onPage = 0;
                }
                out.add(line);
                onPage++;
            }
        }
        return String.join("\n", out);
    }

    private static List<String> lines(String paragraph, Random random, int fewest, int most) {
        String[] words = paragraph.split(" ");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < words.length; ) {
            int n = Math.min(words.length - i, fewest + random.nextInt(most - fewest + 1));
            lines.add(String.join(" ", List.of(words).subList(i, i + n)));
            i += n;
        }
        return lines;
    }
}
