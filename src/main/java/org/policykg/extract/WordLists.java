package org.policykg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The extractor's word lists under {@code src/main/resources/extract/}: one entry a line, {@code #}
 * starting a comment line, blank lines skipped. The words are data, so a new entry teaches the
 * extractor a word without touching code.
 */
public final class WordLists {
    private WordLists() {}

    /** The entries of {@code /extract/NAME}, stripped, in file order. */
    static List<String> read(String name) {
        List<String> entries = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                WordLists.class.getResourceAsStream("/extract/" + name), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The two-column entries of {@code /extract/NAME} (word, tab, value) as a map; other lines are skipped. */
    public static Map<String, String> pairs(String name) {
        Map<String, String> pairs = new HashMap<>();
        for (String entry : read(name)) {
            String[] cells = entry.split("\t");
            if (cells.length == 2) {
                pairs.put(cells[0], cells[1]);
            }
        }
        return Map.copyOf(pairs);
    }
}
