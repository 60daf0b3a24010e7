package org.policykg.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text of the evaluation report: a table per text and kind, a table per language and kind (scores
 * summed over the language's texts), one per collection (the folder of real documents apart from
 * the texts written for tests) and language, and the sums over all texts; one column layout for all three so
 * that they read as one table.
 */
final class ReportTable {
    private static final String HEADER = "%-34s %-4s %-15s %5s %5s %5s %6s %6s %6s%n";
    private static final String ROW = "%-34s %-4s %-15s %5d %5d %5d %6.2f %6.2f %6.2f%n";
    static final String ALL = "all";

    private ReportTable() {}

    static String of(List<Evaluator.Report> reports) {
        StringBuilder out = new StringBuilder();
        out.append("Per text\n").append(header("text"));
        for (Evaluator.Report r : reports) {
            r.scores().forEach(s -> row(out, r.document(), r.language(), s));
        }
        out.append("\nPer language (").append(documents(reports.size())).append(")\n");
        out.append(header("texts"));
        for (Map.Entry<String, List<Scores>> e : Totals.byLanguage(reports).entrySet()) {
            long count = reports.stream()
                    .filter(r -> r.language().equals(e.getKey()))
                    .count();
            e.getValue().forEach(s -> row(out, documents(count), e.getKey(), s));
        }
        // the real documents apart from the texts written for tests: the corpus's scores are the measure
        out.append("\nPer collection and language\n").append(header("collection"));
        Map<String, List<Evaluator.Report>> collections = new java.util.TreeMap<>();
        reports.forEach(r -> collections
                .computeIfAbsent(r.collection() + " " + r.language(), k -> new java.util.ArrayList<>())
                .add(r));
        collections.forEach((key, rs) -> Totals.overall(rs)
                .forEach(s -> row(
                        out,
                        key.substring(0, key.lastIndexOf(' ')) + " (" + documents(rs.size()) + ")",
                        rs.get(0).language(),
                        s)));
        out.append("\nAll texts\n").append(header("texts"));
        Totals.overall(reports).forEach(s -> row(out, documents(reports.size()), ALL, s));
        return out.toString();
    }

    private static String documents(long count) {
        return count + (count == 1 ? " text" : " texts");
    }

    private static String header(String first) {
        return String.format(Locale.ROOT, HEADER, first, "lang", "kind", "gold", "found", "match", "P", "R", "F1");
    }

    private static void row(StringBuilder out, String first, String language, Scores s) {
        out.append(String.format(
                Locale.ROOT,
                ROW,
                first,
                language,
                s.kind(),
                s.gold(),
                s.predicted(),
                s.matched(),
                s.precision(),
                s.recall(),
                s.f1()));
    }
}
