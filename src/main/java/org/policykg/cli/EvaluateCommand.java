package org.policykg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.policykg.evaluate.Annotation;
import org.policykg.evaluate.Evaluator;
import org.policykg.evaluate.Prediction;
import org.policykg.evaluate.Scores;
import org.policykg.ingest.Pipeline;
import org.policykg.ontology.OntologyFiles;
import org.policykg.vocab.PKG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate}: precision and recall per statement kind for every annotated text. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description =
                "Score the extractor against the gold annotations: precision and recall per statement kind, per text.")
final class EvaluateCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(EvaluateCommand.class);

    @Option(
            names = "--annotations",
            paramLabel = "DIR",
            description = "Folder of NAME.tsv gold files (default: ${DEFAULT-VALUE}).")
    Path annotations = Path.of("src", "test", "resources", "annotations");

    @Option(
            names = "--texts",
            paramLabel = "DIR",
            split = ",",
            description = "Folders holding the annotated texts NAME.txt (default: seeds,src/test/resources/texts).")
    List<Path> texts = List.of(Path.of("seeds"), Path.of("src", "test", "resources", "texts"));

    @Option(names = "--details", description = "Also list every missed gold statement and every wrong prediction.")
    boolean details;

    private final PrintStream out;

    EvaluateCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(annotations)) {
            log.error("No annotations folder {}", annotations);
            return 2;
        }
        Evaluator evaluator = new Evaluator(new Pipeline(OntologyFiles.load(), PKG.BASE));
        List<Path> gold;
        try (Stream<Path> s = Files.list(annotations)) {
            gold = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        out.printf("%-34s %-15s %5s %5s %5s %6s %6s %6s%n", "text", "kind", "gold", "found", "match", "P", "R", "F1");
        for (Path tsv : gold) {
            String id = tsv.getFileName().toString().replaceFirst("\\.tsv$", "");
            Path text = texts.stream()
                    .map(d -> d.resolve(id + ".txt"))
                    .filter(Files::exists)
                    .findFirst()
                    .orElse(null);
            if (text == null) {
                log.error("No text {}.txt in {}", id, texts);
                return 2;
            }
            Evaluator.Report report = evaluator.evaluate(text, tsv);
            for (Scores s : report.scores()) {
                out.printf(
                        Locale.ROOT,
                        "%-34s %-15s %5d %5d %5d %6.2f %6.2f %6.2f%n",
                        id,
                        s.kind(),
                        s.gold(),
                        s.predicted(),
                        s.matched(),
                        s.precision(),
                        s.recall(),
                        s.f1());
            }
            if (details) {
                printDetails(report);
            }
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
