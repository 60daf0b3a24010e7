package org.policykg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.policykg.evaluate.Evaluator;

/**
 * The example table of one extractor rule, {@code src/test/resources/rules/<rule-id>.tsv} (format in
 * the README there): rows of what the rule must find in a sentence and what nothing may find.
 */
record RuleTable(String rule, List<RuleTable.Row> rows) {
    static final Path FOLDER = Path.of("src", "test", "resources", "rules");

    /** One row; {@code finds} false means the row expects nothing of that kind and key. */
    record Row(String rule, int line, boolean finds, String kind, String key, String text) {
        @Override
        public String toString() {
            String flat = text.replace("\n", "\\n");
            return rule + ".tsv:" + line + " " + (finds ? "finds " : "not ") + kind + " " + key + " in \""
                    + (flat.length() <= 80 ? flat : flat.substring(0, 80) + "...") + "\"";
        }
    }

    long count(boolean finds) {
        return rows.stream().filter(r -> r.finds() == finds).count();
    }

    static List<RuleTable> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".tsv"))
                    .sorted()
                    .map(RuleTable::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleTable read(Path tsv) {
        String rule = tsv.getFileName().toString().replaceFirst("\\.tsv$", "");
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols[0].equals("expect")) {
                continue; // the header row
            }
            String where = tsv + ":" + (n + 1) + ": ";
            if (cols.length != 4) {
                throw new IllegalArgumentException(where + "expected expect, kind, key and text separated by tabs");
            }
            if (!cols[0].equals("finds") && !cols[0].equals("not")) {
                throw new IllegalArgumentException(where + "expect is 'finds' or 'not', not " + cols[0]);
            }
            if (!Evaluator.KINDS.contains(cols[1])) {
                throw new IllegalArgumentException(where + "unknown kind " + cols[1]);
            }
            if (cols[2].isBlank() || cols[3].isBlank()) {
                throw new IllegalArgumentException(where + "empty key or text");
            }
            rows.add(new Row(rule, n + 1, cols[0].equals("finds"), cols[1], cols[2], cols[3].replace("\\n", "\n")));
        }
        return new RuleTable(rule, rows);
    }
}
