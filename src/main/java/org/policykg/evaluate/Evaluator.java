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

    private final Pipeline pipeline;

    public Evaluator(Pipeline pipeline) {
        this.pipeline = pipeline;
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
