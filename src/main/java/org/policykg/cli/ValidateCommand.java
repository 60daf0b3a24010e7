package org.policykg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policykg.extract.Metadata;
import org.policykg.ingest.Pipeline;
import org.policykg.ingest.SourceFiles;
import org.policykg.ontology.OntologyFiles;
import org.policykg.ontology.ShapeValidator;
import org.policykg.store.GraphStore;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.vocab.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code validate PATH...}: SHACL against {@code ontology/shapes.ttl}, for data folders, RDF files and texts. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check graphs against ontology/shapes.ttl: a TDB2 data folder (each document graph), an RDF "
                + "file (.ttl, .nt, .nq, .trig, .jsonld, .rdf; each graph) or a raw text (.txt, extracted first). "
                + "Prints one line per graph and each violation. Exit codes: 0 all conform, 1 a violation, 2 an "
                + "unreadable input.")
final class ValidateCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ValidateCommand.class);

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Data folders, RDF files or UTF-8 texts.")
    List<Path> paths;

    @Mixin
    BaseOption namespace;

    private final PrintStream out;
    private int refused;

    ValidateCommand(PrintStream out) {
        this.out = out;
    }

    /** A graph to check and the name to print for it. */
    private record Named(String name, Graph graph) {}

    @Override
    public Integer call() {
        OntologyFiles ontology = OntologyFiles.load();
        ShapeValidator validator = new ShapeValidator(ontology);
        Pipeline pipeline = null;
        int violations = 0;
        for (Path path : paths) {
            List<Named> graphs;
            try {
                if (Files.isDirectory(path)) {
                    graphs = fromStore(path);
                } else if (path.getFileName()
                        .toString()
                        .toLowerCase(Locale.ROOT)
                        .endsWith(".txt")) {
                    pipeline = pipeline != null ? pipeline : new Pipeline(ontology, namespace.base);
                    graphs = fromText(pipeline, path);
                } else {
                    graphs = fromRdf(path);
                }
            } catch (IOException e) {
                log.error("Cannot read {}: {}", path, FileErrors.describe(e));
                return 2;
            } catch (IllegalArgumentException | RiotException e) {
                log.error("Cannot read {}: {}", path, e.getMessage());
                return 2;
            }
            for (Named g : graphs) {
                violations += report(g, validator.report(g.graph()));
            }
        }
        out.flush();
        return violations + refused == 0 ? 0 : 1;
    }

    private int report(Named g, ValidationReport report) {
        if (report.conforms()) {
            out.printf("%s\tconforms%n", g.name());
            return 0;
        }
        out.printf("%s\t%d violation(s)%n", g.name(), report.getEntries().size());
        for (ReportEntry e : report.getEntries()) {
            out.printf(
                    "  %s %s: %s%n",
                    e.focusNode(), e.resultPath() == null ? "" : e.resultPath().toString(), e.message());
        }
        return report.getEntries().size();
    }

    /** Each document graph of the store; the ontology graphs are the shapes' own vocabulary. */
    private List<Named> fromStore(Path folder) {
        List<Named> graphs = new ArrayList<>();
        String docGraphs = Iris.DEFAULT.documentGraphNamespace();
        String ownGraphs = new Iris(namespace.base).documentGraphNamespace();
        try (GraphStore store = Tdb2GraphStore.open(folder)) {
            store.read(dsg -> {
                List<Node> names = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(names::add);
                for (Node n : names) {
                    if (n.isURI()
                            && (n.getURI().startsWith(docGraphs) || n.getURI().startsWith(ownGraphs))) {
                        Graph copy = GraphFactory.createDefaultGraph();
                        dsg.getGraph(n).find().forEachRemaining(copy::add);
                        graphs.add(new Named(n.getURI(), copy));
                    }
                }
                return null;
            });
        }
        return graphs;
    }

    /** The extracted graph, or none when the pipeline refused it (its report is printed then). */
    private List<Named> fromText(Pipeline pipeline, Path file) throws IOException {
        Metadata sidecar = SourceFiles.sidecar(file);
        try {
            Pipeline.DocumentGraph g = pipeline.run(SourceFiles.read(file), sidecar);
            return List.of(new Named(file + " " + g.graphName(), g.model().getGraph()));
        } catch (ShapeValidator.InvalidGraphException e) {
            out.printf("%s	does not conform%n  %s%n", file, e.getMessage());
            refused++;
            return List.of();
        }
    }

    private static List<Named> fromRdf(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file");
        }
        if (RDFLanguages.filenameToLang(file.toString()) == null) {
            throw new IllegalArgumentException("unknown RDF extension (use .ttl, .nt, .nq, .trig, .jsonld or .rdf)");
        }
        Dataset ds = RDFDataMgr.loadDataset(file.toString());
        List<Named> graphs = new ArrayList<>();
        if (!ds.getDefaultModel().isEmpty() || !ds.listNames().hasNext()) {
            graphs.add(new Named(file.toString(), ds.getDefaultModel().getGraph()));
        }
        ds.listNames()
                .forEachRemaining(n ->
                        graphs.add(new Named(file + " " + n, ds.getNamedModel(n).getGraph())));
        return graphs;
    }
}
