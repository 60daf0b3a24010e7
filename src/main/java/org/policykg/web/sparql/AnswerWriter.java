package org.policykg.web.sparql;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policykg.vocab.Vocab;
import org.policykg.web.MediaFormat;

/**
 * Writes a query's answer in the negotiated format: rows, a boolean, or a graph cut at the triple
 * cap; the headers say when a cap cut it short.
 */
final class AnswerWriter {
    /** Row cap header: present when the server lowered or added the query's LIMIT. */
    static final String ROW_LIMIT_HEADER = "X-PolicyKG-Row-Limit";

    /** Triple cap header: present when a CONSTRUCT or DESCRIBE answer was cut at the cap. */
    static final String TRIPLE_LIMIT_HEADER = "X-PolicyKG-Triple-Limit";

    private final QueryLimits limits;

    AnswerWriter(QueryLimits limits) {
        this.limits = limits;
    }

    /**
     * @param format a {@link ResultFormat} for SELECT and ASK, a {@link GraphFormat} for CONSTRUCT and DESCRIBE
     * @return whether the answer is complete: no cap cut it short
     */
    boolean write(Context ctx, QueryExecution qe, Query query, MediaFormat format, OutputStream out) {
        boolean complete = true;
        try {
            if (query.isSelectType()) {
                ResultSet results = qe.execSelect();
                long[] rows = {0};
                Iterator<Binding> counted = new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return results.hasNext();
                    }

                    @Override
                    public Binding next() {
                        rows[0]++;
                        return results.nextBinding();
                    }
                };
                List<Var> vars = Var.varList(results.getResultVars());
                ((ResultFormat) format).writeRows(out, vars, counted);
                // the row cap lowered or added a LIMIT: an answer that reached it may have lost rows
                complete = ctx.res().getHeader(ROW_LIMIT_HEADER) == null || rows[0] < limits.maxRows();
            } else if (query.isAskType()) {
                out.write(((ResultFormat) format).ask(qe.execAsk()));
            } else {
                Model model = ModelFactory.createModelForGraph(cappedGraph(ctx, qe, query));
                // readable Turtle/JSON-LD: the project's prefixes, then the query's own
                model.setNsPrefixes(Vocab.PREFIXES).setNsPrefixes(query.getPrefixMapping());
                ((GraphFormat) format).write(out, model.getGraph());
                complete = ctx.res().getHeader(TRIPLE_LIMIT_HEADER) == null;
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("client went away", e);
        }
        return complete;
    }

    /** A CONSTRUCT or DESCRIBE answers at most maxTriples triples; the header says when it was cut. */
    private Graph cappedGraph(Context ctx, QueryExecution qe, Query query) {
        Iterator<Triple> triples = query.isConstructType() ? qe.execConstructTriples() : qe.execDescribeTriples();
        Graph graph = GraphFactory.createDefaultGraph();
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (graph.size() >= limits.maxTriples() && !graph.contains(t)) {
                ctx.header(TRIPLE_LIMIT_HEADER, Long.toString(limits.maxTriples()));
                break;
            }
            graph.add(t);
        }
        return graph;
    }
}
