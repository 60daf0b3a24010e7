package org.policykg.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One gold statement of an annotation file (see {@code annotations/GUIDELINES.md}): its kind, its
 * normalised key, and the code point span of its anchor in the raw text.
 */
public record Annotation(String kind, String key, int start, int end, int line) {

    /**
     * The kinds a file covers: those of its {@code # kinds:} comment line, or, without one, every kind
     * but {@code Mention} (files written before mentions were annotated do not mark them).
     */
    public static Set<String> kinds(Path tsv) throws IOException {
        for (String line : Files.readAllLines(tsv)) {
            if (line.matches("#\\s*kinds:.*")) {
                Set<String> kinds = new LinkedHashSet<>();
                for (String kind : line.substring(line.indexOf(':') + 1).strip().split("[\\s,]+")) {
                    if (!Evaluator.KINDS.contains(kind)) {
                        throw new IOException(tsv + ": unknown kind in the kinds line: " + kind);
                    }
                    kinds.add(kind);
                }
                return kinds;
            }
        }
        return new LinkedHashSet<>(Evaluator.UNDECLARED_KINDS);
    }

    /** Reads an annotation TSV against the raw text it annotates; every anchor must occur exactly once. */
    public static List<Annotation> read(Path tsv, String rawText) throws IOException {
        List<Annotation> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3) {
                throw new IOException(tsv + ":" + (n + 1) + ": expected kind, key and anchor separated by tabs");
            }
            String anchor = cols[2];
            int at = rawText.indexOf(anchor);
            if (at < 0 || anchor.isEmpty()) {
                throw new IOException(tsv + ":" + (n + 1) + ": anchor not found in the text: " + anchor);
            }
            if (rawText.indexOf(anchor, at + 1) >= 0) {
                throw new IOException(tsv + ":" + (n + 1) + ": anchor occurs more than once: " + anchor);
            }
            int start = rawText.codePointCount(0, at);
            int end = start + anchor.codePointCount(0, anchor.length());
            out.add(new Annotation(cols[0].strip(), cols[1].strip(), start, end, n + 1));
        }
        return out;
    }
}
