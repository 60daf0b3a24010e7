package org.policykg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.policykg.store.GraphStore;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.vocab.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query (QUERY | --file F.rq) [--data DIR | --url URL] [--format ...]}: SPARQL from the shell. */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = "Run a SPARQL query against a TDB2 data folder or a running endpoint and print the answer: "
                + "SELECT as a table, CSV, TSV or SPARQL JSON; ASK as true/false; CONSTRUCT/DESCRIBE as Turtle "
                + "(table), JSON-LD (json) or N-Triples (csv, tsv). Exit codes: 0 answered, 1 failed, 2 usage or "
                + "syntax error.")
final class QueryCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(QueryCommand.class);

    enum Format {
        table,
        csv,
        tsv,
        json
    }

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query text (or use --file).")
    String text;

    @Option(
            names = {"-f", "--file"},
            paramLabel = "F.rq",
            description = "Read the query from a file.")
    Path file;

    @Mixin
    DataOption data;

    @Option(names = "--url", paramLabel = "URL", description = "A SPARQL endpoint, e.g. http://127.0.0.1:8080/sparql.")
    String url;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "table (default), csv, tsv or json.",
            converter = FormatConverter.class)
    Format format = Format.table;

    private final PrintStream out;

    QueryCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        if ((text == null) == (file == null)) {
            log.error("Give the query either as an argument or with --file, not both or neither");
            return 2;
        }
        if (data.given() && url != null) {
            log.error("Give --data or --url, not both");
            return 2;
        }
        String queryText;
        try {
            queryText = file != null ? Files.readString(file, StandardCharsets.UTF_8) : text;
        } catch (IOException e) {
            log.error("Cannot read {}: {}", file, FileErrors.describe(e));
            return 2;
        }
        Query query;
        try {
            query = QueryFactory.create(queryText, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            // Jena's first line names the line and column; the rest lists every token it would have taken
            String message = e.getMessage() == null ? "" : e.getMessage();
            log.error(
                    "The query does not parse: {}", message.lines().findFirst().orElse(message));
            return 2;
        }
        try {
            return url != null ? remote(query) : local(query);
        } catch (RuntimeException e) {
            log.error("The query failed: {}", e.getMessage());
            return 1;
        }
    }

    private int remote(Query query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(url).query(query).build()) {
            print(qe, query);
        }
        return 0;
    }

    private int local(Query query) {
        Path folder = data.folder();
        if (!Files.isDirectory(folder)) {
            // opening a missing folder would create an empty store and answer nothing
            log.error("No data folder {}: load documents or start serve first, or give --data", folder);
            return 1;
        }
        try (GraphStore store = Tdb2GraphStore.open(folder)) {
            store.read(dsg -> {
                try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(dsg))) {
                    print(qe, query);
                }
                return null;
            });
        }
        return 0;
    }

    private void print(QueryExecution qe, Query query) {
        if (query.isSelectType()) {
            var results = qe.execSelect();
            switch (format) {
                case table -> ResultSetFormatter.out(out, results, query.getPrefixMapping());
                case csv -> ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, results);
                case tsv -> ResultsWriter.create().lang(ResultSetLang.RS_TSV).write(out, results);
                case json -> ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, results);
            }
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            switch (format) {
                case table -> out.println(answer);
                case csv -> ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, answer);
                case tsv -> ResultsWriter.create().lang(ResultSetLang.RS_TSV).write(out, answer);
                case json -> ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, answer);
            }
        } else {
            Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            model.setNsPrefixes(Vocab.PREFIXES).setNsPrefixes(query.getPrefixMapping());
            RDFFormat rdf = switch (format) {
                case table -> RDFFormat.TURTLE_PRETTY;
                case json -> RDFFormat.JSONLD;
                case csv, tsv -> RDFFormat.NTRIPLES;
            };
            RDFDataMgr.write(out, model, rdf);
        }
        out.flush();
    }

    /** Case-insensitive format names, with the choices in the error message. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a format: use table, csv, tsv or json");
            }
        }
    }
}
