package org.policykg.web.sparql;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ResultSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.policykg.web.MediaFormat;

/** The formats of SELECT and ASK answers, each with its writer. The first is the default. */
public enum ResultFormat implements MediaFormat {
    JSON("application/sparql-results+json", false, ResultSetLang.RS_JSON),
    XML("application/sparql-results+xml", false, ResultSetLang.RS_XML),
    CSV("text/csv", true, ResultSetLang.RS_CSV),
    TSV("text/tab-separated-values", true, ResultSetLang.RS_TSV),
    /** Plain JSON for clients that ask for nothing more specific: the SPARQL JSON results. */
    PLAIN_JSON("application/json", false, ResultSetLang.RS_JSON);

    /** Every format, the default first. */
    public static final List<ResultFormat> ALL = List.of(values());

    private final String mediaType;
    private final String contentType;
    private final Lang lang;

    ResultFormat(String mediaType, boolean utf8, Lang lang) {
        this.mediaType = mediaType;
        this.contentType = utf8 ? mediaType + "; charset=utf-8" : mediaType;
        this.lang = lang;
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    @Override
    public String contentType() {
        return contentType;
    }

    /** Writes a SELECT answer; the JSON formats by {@link SparqlJsonWriter}, which streams rows as they come. */
    void writeRows(OutputStream out, List<Var> vars, Iterator<Binding> rows) throws IOException {
        if (lang.equals(ResultSetLang.RS_JSON)) {
            SparqlJsonWriter.write(out, vars, rows);
        } else {
            ResultsWriter.create().lang(lang).build().write(out, ResultSetStream.create(vars, rows));
        }
    }

    /** An ASK answer, written once per format and value. */
    byte[] ask(boolean value) {
        return AskAnswers.bytes(lang, value);
    }
}
