package org.policykg.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.policykg.ingest.Pipeline;
import org.policykg.ingest.SeedLoader;
import org.policykg.ontology.OntologyFiles;
import org.policykg.store.GraphStore;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.vocab.PKG;
import org.policykg.vocab.Vocab;
import org.policykg.web.Conneg;
import org.policykg.web.ld.Framing;
import org.policykg.web.sparql.GraphFormat;

/**
 * The steps of a small query's request that the JFR profile of {@code ASK} under wrk showed outside
 * the store: parsing the query text (and the clone that replaces it when the parsed query is kept),
 * content negotiation, writing results as SPARQL JSON and a graph as Turtle, and JSON-LD compaction
 * and framing of a concept. Data: the ontology and the seed essay in an in-memory store. Run with
 * {@code ./mvnw -B -Pbench process-test-classes -Djmh.include=HttpHotPathBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HttpHotPathBenchmark {
    private static final String CONCEPT = PKG.CONCEPT_NS + "political-security";
    private static final String BASE = "http://127.0.0.1:8080/sparql";
    private static final String ASK =
            "PREFIX pkg: <https://w3id.org/policy-kg/ontology#>\n" + "ASK { <" + CONCEPT + "> pkg:treatedAs ?role }";
    /** What visualisation tools and browsers send: several types with weights. */
    private static final String ACCEPT = "application/sparql-results+json, application/json;q=0.9, */*;q=0.1";

    private static final List<String> RESULTS = List.of(
            "application/sparql-results+json",
            "application/sparql-results+xml",
            "text/csv",
            "text/tab-separated-values",
            "application/json");

    private GraphStore store;
    private String rolesByField;
    private Query parsedAsk;
    private ResultSetRewindable rows;
    private Model concept;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Pipeline pipeline = new Pipeline(OntologyFiles.load(), PKG.BASE);
        store = Tdb2GraphStore.inMemory();
        SeedLoader seeds = new SeedLoader(pipeline, PKG.BASE);
        seeds.loadOntology(store);
        seeds.load(store, ExtractionBenchmark.ESSAY);
        rolesByField = Files.readString(Path.of("queries", "roles-by-field.rq"), StandardCharsets.UTF_8);
        parsedAsk = QueryFactory.create(ASK, BASE, Syntax.syntaxSPARQL_11);
        rows = store.read(dsg -> {
            try (QueryExecution qe = QueryExecution.create()
                    .query(rolesByField)
                    .dataset(DatasetFactory.wrap(dsg))
                    .build()) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        });
        // the concept, the statements about it and their evidence: what its linked-data page frames
        String describe = "PREFIX pkg: <https://w3id.org/policy-kg/ontology#>\n"
                + "PREFIX oa: <http://www.w3.org/ns/oa#>\n"
                + "CONSTRUCT { ?c ?cp ?co . ?st ?sp ?so . ?ev ?ep ?eo . ?sel ?selp ?selo } WHERE {\n"
                + "  BIND(<" + CONCEPT + "> AS ?c)\n"
                + "  { ?c ?cp ?co } UNION { ?st pkg:concept ?c . { ?st ?sp ?so }\n"
                + "    UNION { ?st pkg:evidence ?ev . ?ev ?ep ?eo }\n"
                + "    UNION { ?st pkg:evidence/oa:hasSelector ?sel . ?sel ?selp ?selo } } }";
        concept = store.read(dsg -> {
            try (QueryExecution qe = QueryExecution.create()
                    .query(describe)
                    .dataset(DatasetFactory.wrap(dsg))
                    .build()) {
                Model m = ModelFactory.createDefaultModel().add(qe.execConstruct());
                return m.setNsPrefixes(Vocab.PREFIXES);
            }
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        store.close();
    }

    /** What every uncached query request pays before the store: the SPARQL parser, IRIs resolved. */
    @Benchmark
    public Query parseAsk() {
        return QueryFactory.create(ASK, BASE, Syntax.syntaxSPARQL_11);
    }

    @Benchmark
    public Query parseRolesByField() {
        return QueryFactory.create(rolesByField, BASE, Syntax.syntaxSPARQL_11);
    }

    /** What a kept parsed query costs instead: a private copy per request. */
    @Benchmark
    public Query cloneParsedAsk() {
        return parsedAsk.cloneQuery();
    }

    /** Content negotiation as the server does it (matches memoised per Accept header). */
    @Benchmark
    public String negotiateResultFormat() {
        return Conneg.negotiate(ACCEPT, RESULTS);
    }

    /** What negotiation cost per request before the memo: parse the header, match it against the offers. */
    @Benchmark
    public MediaType matchAcceptUnmemoised() {
        return AcceptList.match(new AcceptList(ACCEPT), AcceptList.create(RESULTS.toArray(String[]::new)));
    }

    /** 25 rows of roles-by-field.rq as SPARQL JSON. */
    @Benchmark
    public int writeSelectAsSparqlJson() {
        out.reset();
        rows.reset();
        ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(out, rows);
        return out.size();
    }

    /** The same rows through the service's streaming writer (Jackson), which the endpoint uses. */
    @Benchmark
    public int writeSelectAsSparqlJsonStreaming() throws java.io.IOException {
        out.reset();
        rows.reset();
        java.util.Iterator<org.apache.jena.sparql.engine.binding.Binding> bindings = new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public org.apache.jena.sparql.engine.binding.Binding next() {
                return rows.nextBinding();
            }
        };
        org.policykg.web.sparql.SparqlJsonWriter.write(
                out, org.apache.jena.sparql.core.Var.varList(rows.getResultVars()), bindings);
        return out.size();
    }

    @Benchmark
    public int writeAskAsSparqlJson() {
        out.reset();
        ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(out, true);
        return out.size();
    }

    /** A concept with its statements and evidence as Turtle, by the CONSTRUCT/DESCRIBE writer. */
    @Benchmark
    public int writeConceptAsTurtle() {
        out.reset();
        GraphFormat.TURTLE.write(out, concept.getGraph());
        return out.size();
    }

    /** The same by Jena's pretty Turtle writer, which the endpoint used before: the comparison. */
    @Benchmark
    public int writeConceptAsPrettyTurtle() {
        out.reset();
        RDFDataMgr.write(out, concept, RDFFormat.TURTLE_PRETTY);
        return out.size();
    }

    @Benchmark
    public Object compactConceptJsonLd() {
        Graph g = concept.getGraph();
        return Framing.compact(g);
    }

    @Benchmark
    public Object frameConceptJsonLd() {
        Graph g = concept.getGraph();
        return Framing.frame(g, "frame-concept.jsonld", CONCEPT);
    }
}
