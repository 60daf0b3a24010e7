package org.policykg.evaluate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.policykg.extract.SourceText;
import org.policykg.ingest.Pipeline;
import org.policykg.ingest.SourceFiles;

/**
 * Scores the extractor against a gold annotation: a predicted statement matches a gold one when kind
 * and key are equal and its evidence overlaps the gold anchor; each is matched at most once.
 */
public final class Evaluator {
    /** The kinds the guidelines define, in the order reports list them. */
    public static final List<String> KINDS = List.of(
            "RoleAssignment",
            "Pair",
            "Directive",
            "Actor",
            "Formulation",
            "CitedDocument",
            "Quotation",
            "Date",
            "Figure");

    /** The scores of one text, with what was missed and what was found wrongly, for reading. */
    public record Report(String document, List<Scores> scores, List<Annotation> missed, List<Prediction> wrong) {
        public Scores of(String kind) {
            return scores.stream()
                    .filter(s -> s.kind().equals(kind))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** Where the annotated texts live by default: the seeds, then the test texts. */
    public static final List<Path> TEXT_FOLDERS = List.of(
            Path.of("seeds"),
            Path.of("src", "test", "resources", "texts"),
            Path.of("src", "test", "resources", "devcorpus"));

    private final Pipeline pipeline;

    public Evaluator(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Scores every {@code NAME.tsv} of the folder against {@code NAME.txt}, found in the first of
     * {@code textFolders} that holds it.
     *
     * @throws IOException also when an annotated text cannot be found
     */
    public List<Report> evaluateAll(Path annotations, List<Path> textFolders) throws IOException {
        List<Path> gold;
        try (var files = java.nio.file.Files.list(annotations)) {
            gold = files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        List<Report> reports = new ArrayList<>();
        for (Path tsv : gold) {
            String id = tsv.getFileName().toString().replaceFirst("\\.tsv$", "");
            Path text = textFolders.stream()
                    .map(d -> d.resolve(id + ".txt"))
                    .filter(java.nio.file.Files::exists)
                    .findFirst()
                    .orElseThrow(() -> new IOException("no text " + id + ".txt in " + textFolders));
            reports.add(evaluate(text, tsv));
        }
        return reports;
    }

    /** The reports as a table: one row per text and kind, with precision, recall and F1. */
    public static String table(List<Report> reports) {
        StringBuilder out = new StringBuilder(String.format(
                java.util.Locale.ROOT,
                "%-34s %-15s %5s %5s %5s %6s %6s %6s%n",
                "text",
                "kind",
                "gold",
                "found",
                "match",
                "P",
                "R",
                "F1"));
        for (Report r : reports) {
            for (Scores s : r.scores()) {
                out.append(String.format(
                        java.util.Locale.ROOT,
                        "%-34s %-15s %5d %5d %5d %6.2f %6.2f %6.2f%n",
                        r.document(),
                        s.kind(),
                        s.gold(),
                        s.predicted(),
                        s.matched(),
                        s.precision(),
                        s.recall(),
                        s.f1()));
            }
        }
        return out.toString();
    }

    public Report evaluate(Path text, Path annotations) throws IOException {
        SourceText source = SourceFiles.read(text);
        Model graph = pipeline.run(source, SourceFiles.sidecar(text)).model();
        Model withOntology = ModelFactory.createUnion(graph, pipeline.ontology().vocabulary());
        List<Prediction> predictions = Predictions.of(withOntology);
        EntityNames names = new EntityNames(pipeline.ontology().vocabulary(), EntityNames.readTable(annotations));
        List<Annotation> gold = Annotation.read(annotations, source.text()).stream()
                .map(a -> new Annotation(
                        a.kind(),
                        names.resolve(a.kind(), Keys.normalise(a.kind(), a.key(), pipeline.extractor()::lemma)),
                        a.start(),
                        a.end(),
                        a.line()))
                .toList();
        List<Prediction> comparable =
                predictions.stream().map(EntityNames::withoutCandidateMark).toList();
        return score(source.id(), gold, comparable);
    }

    static Report score(String document, List<Annotation> gold, List<Prediction> predictions) {
        List<Prediction> unmatched = new ArrayList<>(predictions);
        List<Annotation> missed = new ArrayList<>();
        Map<String, int[]> matched = new TreeMap<>();
        for (Annotation a : gold) {
            Prediction hit = unmatched.stream()
                    .filter(p -> p.kind().equals(a.kind()) && p.key().equals(a.key()) && p.overlaps(a))
                    .findFirst()
                    .orElse(null);
            if (hit == null) {
                missed.add(a);
            } else {
                unmatched.remove(hit);
                matched.computeIfAbsent(a.kind(), k -> new int[1])[0]++;
            }
        }
        List<Scores> scores = new ArrayList<>();
        for (String kind : KINDS) {
            int g = (int) gold.stream().filter(a -> a.kind().equals(kind)).count();
            int p = (int)
                    predictions.stream().filter(x -> x.kind().equals(kind)).count();
            scores.add(new Scores(kind, g, p, matched.getOrDefault(kind, new int[1])[0]));
        }
        return new Report(document, scores, missed, unmatched);
    }
}
