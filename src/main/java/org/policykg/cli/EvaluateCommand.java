package org.policykg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policykg.evaluate.Annotation;
import org.policykg.evaluate.Evaluator;
import org.policykg.evaluate.Prediction;
import org.policykg.ingest.Pipeline;
import org.policykg.ontology.OntologyFiles;
import org.policykg.vocab.PKG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate}: precision and recall per statement kind for every annotated text, then summed per
 * language and over all texts.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Score the extractor against the gold annotations: precision and recall per statement kind,"
                + " per text, per language and over all texts.")
final class EvaluateCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(EvaluateCommand.class);

    @Option(
            names = "--annotations",
            paramLabel = "DIR",
            split = ",",
            description = "Folders of NAME.tsv gold files; missing folders are passed over (default:"
                    + " src/test/resources/annotations,src/test/resources/heldout/gold).")
    List<Path> annotations = Evaluator.ANNOTATION_FOLDERS;

    @Option(
            names = "--texts",
            paramLabel = "DIR",
            split = ",",
            description = "Folders holding the annotated texts NAME.txt, searched in order; missing folders are"
                    + " passed over (default: seeds,src/test/resources/texts,seeds/devcorpus,"
                    + "src/test/resources/heldout).")
    List<Path> texts = Evaluator.TEXT_FOLDERS;

    @Option(
            names = "--details",
            description = "Also list every missed gold statement and every wrong prediction (not for the texts of"
                    + " the held-out collection, which are scored but never tuned on).")
    boolean details;

    private final PrintStream out;

    EvaluateCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        if (annotations.stream().noneMatch(Files::isDirectory)) {
            log.error("No annotations folder among {}", annotations);
            return 2;
        }
        List<Evaluator.Report> reports;
        try {
            reports = new Evaluator(new Pipeline(OntologyFiles.load(), PKG.BASE)).evaluateAll(annotations, texts);
        } catch (IOException e) {
            log.error("Cannot evaluate: {}", e.getMessage());
            return 2;
        }
        out.print(Evaluator.table(reports));
        if (details) {
            // what was missed on a held-out text is what a rule would be fitted to: only its scores are shown
            reports.stream()
                    .filter(r -> !r.collection().equals(Evaluator.HELD_OUT))
                    .forEach(r -> {
                        out.println(r.document() + " (" + r.language() + "):");
                        printDetails(r);
                    });
            out.println("(no details for the " + Evaluator.HELD_OUT + " collection)");
        }
        return 0;
    }

    private void printDetails(Evaluator.Report report) {
        List<String> lines = new ArrayList<>();
        for (Annotation a : report.missed()) {
            lines.add("  missed  " + a.kind() + " " + a.key() + " (line " + a.line() + ", at " + a.start() + ")");
        }
        for (Prediction p : report.wrong()) {
            lines.add("  wrong   " + p.kind() + " " + p.key() + " \"" + abbreviate(p.quote()) + "\" at " + p.start());
        }
        lines.forEach(out::println);
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 90 ? flat : flat.substring(0, 90) + "...";
    }
}
