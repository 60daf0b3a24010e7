package org.policykg.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores summed over several reports (micro-averaged: gold, found and matched counts are added before
 * precision and recall are taken), per language and over all documents. A kind a document does not
 * cover adds nothing; a kind no document covers has no row.
 */
public final class Totals {
    private Totals() {}

    /** Per language (in alphabetical order), the summed scores of its documents, kinds in report order. */
    public static Map<String, List<Scores>> byLanguage(List<Evaluator.Report> reports) {
        Map<String, List<Evaluator.Report>> grouped = new TreeMap<>();
        reports.forEach(r ->
                grouped.computeIfAbsent(r.language(), k -> new ArrayList<>()).add(r));
        Map<String, List<Scores>> out = new LinkedHashMap<>();
        grouped.forEach((language, rs) -> out.put(language, overall(rs)));
        return out;
    }

    /** The summed scores of all the reports, kinds in report order. */
    public static List<Scores> overall(List<Evaluator.Report> reports) {
        List<Scores> out = new ArrayList<>();
        for (String kind : Evaluator.KINDS) {
            Scores sum = null;
            for (Evaluator.Report r : reports) {
                for (Scores s : r.scores()) {
                    if (s.kind().equals(kind)) {
                        sum = sum == null ? s : sum.plus(s);
                    }
                }
            }
            if (sum != null) {
                out.add(sum);
            }
        }
        return out;
    }
}
