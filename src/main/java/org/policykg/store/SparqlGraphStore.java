package org.policykg.store;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecutionAdapter;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.update.UpdateRequest;
import org.policykg.vocab.Iris;
import org.policykg.vocab.PKG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any SPARQL 1.1 store as the service's store, over the SPARQL Protocol (and the Graph Store
 * Protocol for reading whole graphs, when its URL is given), so that the service itself holds no
 * state and can run as several replicas.
 *
 * <p>Reads see a {@link SparqlDatasetGraph}: queries run at the remote. A write runs its action on a
 * local in-memory copy of the remote dataset (fetched with one query, and kept while no other replica
 * writes), compares each graph before and after, and sends what changed as ONE SPARQL Update request
 * (per graph the triples removed and added, or the graph dropped and inserted in full: see
 * {@link GraphDelta}; then the version counter's increment): a store that runs a request in one transaction, as Fuseki does, applies all
 * of it or nothing. The copy costs memory and, when fetched, time in the size of the dataset: it
 * suits a corpus curated document by document, not bulk loading.
 *
 * <p>The version for ETags is a counter in the graph {@link #SERVICE_GRAPH} at the remote (hidden
 * from this class's reads, visible to SPARQL queries), raised by every write of every replica.
 */
public final class SparqlGraphStore implements GraphStore {
    private static final Logger log = LoggerFactory.getLogger(SparqlGraphStore.class);

    /** The graph of the write counter, hidden from the service's own reads. */
    static final Node SERVICE_GRAPH = NodeFactory.createURI(Iris.DEFAULT.storeGraph());

    static final Node MARKER = NodeFactory.createURI(PKG.BASE + "store");

    static final Node VERSION = NodeFactory.createURI(PKG.NS + "storeVersion");

    private final String queryUrl;
    private final String updateUrl;
    private final String gspUrl;
    private final long timeoutMillis;

    /** The dataset as of {@link #copyVersion}, for writes (see {@link #write}). */
    private DatasetGraph copy;

    private long copyVersion = -1;

    /**
     * @param gspUrl the Graph Store Protocol endpoint, or null to read graphs with SPARQL queries
     * @param timeoutMillis how long one request to the remote may take
     */
    public SparqlGraphStore(String queryUrl, String updateUrl, String gspUrl, long timeoutMillis) {
        this.queryUrl = check("query", queryUrl);
        this.updateUrl = check("update", updateUrl);
        this.gspUrl = gspUrl == null ? null : check("graph store", gspUrl);
        this.timeoutMillis = timeoutMillis;
        log.info("SPARQL store: query {}, update {}, graph store {}", queryUrl, updateUrl, gspUrl);
    }

    private static String check(String what, String url) {
        URI uri = URI.create(url);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("The " + what + " URL must be an http(s) URL: " + url);
        }
        return url;
    }

    @Override
    public <T> T read(Function<DatasetGraph, T> action) {
        return action.apply(new SparqlDatasetGraph(this));
    }

    /**
     * Runs {@code action} on the local copy of the remote dataset and sends what changed. The copy is
     * kept between writes and used again while the remote's version is the one this store's last
     * write left; any other replica's write makes the next write fetch the dataset afresh.
     */
    @Override
    public synchronized <T> T write(Function<DatasetGraph, T> action) {
        long version = version();
        if (copy == null || copyVersion != version) {
            reload();
        }
        Map<Node, Set<Triple>> before = Txn.calculateRead(copy, () -> contents(copy));
        // an action that throws aborts the local transaction: the copy and the remote stay as they were
        T result = Txn.calculateWrite(copy, () -> action.apply(copy));
        Map<Node, Set<Triple>> after = Txn.calculateRead(copy, () -> contents(copy));
        UpdateRequest update = GraphDelta.update(before, after);
        if (update.getOperations().isEmpty()) {
            return result; // nothing changed: no request, the version stays
        }
        copyVersion = -1; // until the remote is known to hold what the copy holds
        try {
            send(update);
        } catch (RuntimeException e) {
            // the request timed out or its answer was lost: the remote may have applied it all the same
            if (!appliedAfterAll(version)) {
                throw e;
            }
            log.warn("The SPARQL store's answer to an update failed ({}), but the update was applied", e.toString());
        }
        // one more than before means no other write came between: the copy is the remote's state
        if (version() == version + 1) {
            copyVersion = version + 1;
        }
        return result;
    }

    private void reload() {
        if (copy != null) {
            copy.close();
        }
        copy = DatabaseMgr.createDatasetGraph();
        // the same semantics as the embedded store: queries without GRAPH see every named graph
        copy.getContext().set(TDB2.symUnionDefaultGraph, true);
        // read the version before the data: a copy may be newer than its version, never older
        long version = version();
        Map<Node, Set<Triple>> remote = snapshot();
        Txn.executeWrite(copy, () -> remote.forEach((g, ts) -> ts.forEach(t -> copy.add(new Quad(g, t)))));
        copyVersion = version;
        log.debug("Fetched {} graphs of the remote store at version {}", remote.size(), version);
    }

    /**
     * Whether the update sent at {@code version} was applied though its request failed: the counter's
     * increment travels in the same request, so the remote at {@code version + 1} holds it (another
     * replica's write in between leaves it unknown, and it counts as failed). A remote still running
     * the request is waited for up to the store's timeout.
     */
    private boolean appliedAfterAll(long version) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        try {
            while (true) {
                long now = version();
                if (now != version) {
                    return now == version + 1;
                }
                if (System.nanoTime() - end > 0) {
                    return false;
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            return false; // the remote cannot be asked: the failure stands
        }
    }

    /** Sends the update with the version counter's increment appended, as one request. */
    void send(UpdateRequest update) {
        update.add(BUMP);
        UpdateExecHTTP.service(updateUrl)
                .update(update)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .build()
                .execute();
        log.debug("Sent {} update operations", update.getOperations().size());
    }

    /** The version counter goes up by one in the same request as the change it counts. */
    private static final String BUMP = "DELETE { GRAPH %1$s { %2$s %3$s ?v } } INSERT { GRAPH %1$s { %2$s %3$s ?n } }"
                    .formatted(iri(SERVICE_GRAPH), iri(MARKER), iri(VERSION))
            + " WHERE { OPTIONAL { GRAPH %1$s { %2$s %3$s ?v } } BIND (COALESCE(?v + 1, 1) AS ?n) }"
                    .formatted(iri(SERVICE_GRAPH), iri(MARKER), iri(VERSION));

    private static String iri(Node n) {
        return NodeFmtLib.strNT(n);
    }

    /** The remote's write counter: the same for every replica, read per call (one small query). */
    @Override
    public long version() {
        try (QueryExec qe = queryExec(QueryFactory.create("SELECT ?v WHERE { GRAPH %s { %s %s ?v } }"
                .formatted(iri(SERVICE_GRAPH), iri(MARKER), iri(VERSION))))) {
            RowSet rows = qe.select();
            return rows.hasNext()
                    ? Long.parseLong(rows.next().get(Var.alloc("v")).getLiteralLexicalForm())
                    : 0;
        }
    }

    /**
     * Refuses a store whose default graph is not the union of its named graphs: every query of the
     * service relies on it, and a plain dataset answers them all empty. Told from one triple of a
     * named graph, which such a store shows in its default graph too; an empty store cannot tell.
     *
     * @throws IllegalStateException naming the setting to change
     */
    public void requireUnionDefaultGraph() {
        Binding one;
        try (QueryExec qe =
                queryExec(QueryFactory.create("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != %s) } LIMIT 1"
                        .formatted(iri(SERVICE_GRAPH))))) {
            RowSet rows = qe.select();
            if (!rows.hasNext()) {
                return;
            }
            one = rows.next();
        }
        String triple =
                iri(one.get(Var.alloc("s"))) + " " + iri(one.get(Var.alloc("p"))) + " " + iri(one.get(Var.alloc("o")));
        try (QueryExec qe = queryExec(QueryFactory.create("ASK WHERE { " + triple + " }"))) {
            if (!qe.ask()) {
                throw new IllegalStateException("The SPARQL store at " + queryUrl
                        + " does not answer its named graphs in its default graph: policy-kg's queries need a"
                        + " dataset whose default graph is their union (tdb2:unionDefaultGraph true in a Fuseki"
                        + " configuration; see src/scripts/fuseki-policy-kg.ttl).");
            }
        }
    }

    /** No text index at the remote that this server can use: search falls back to SPARQL. */
    @Override
    public TextIndex textIndex() {
        return null;
    }

    QueryExec queryExec(Query query) {
        return QueryExecHTTP.service(queryUrl)
                .query(absolute(query))
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .build();
    }

    /** A remote query with the Protocol's dataset parameters, for the SPARQL endpoint. */
    @Override
    public Optional<QueryExecution> remoteExecution(
            Query query, List<String> defaultGraphs, List<String> namedGraphs, long timeoutMillis) {
        return Optional.of(QueryExecutionAdapter.adapt(queryExec(query, defaultGraphs, namedGraphs, timeoutMillis)));
    }

    public QueryExec queryExec(Query query, List<String> defaultGraphs, List<String> namedGraphs, long timeout) {
        var builder = QueryExecHTTP.service(queryUrl).query(absolute(query)).timeout(timeout, TimeUnit.MILLISECONDS);
        defaultGraphs.forEach(builder::addDefaultGraphURI);
        namedGraphs.forEach(builder::addNamedGraphURI);
        return builder.build();
    }

    /**
     * The query as sent: its relative IRIs were resolved against this server's endpoint when it was
     * parsed; written without a base they go out absolute, not to be resolved again by the store.
     */
    private static Query absolute(Query query) {
        if (query.getBaseURI() == null) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setBaseURI((String) null);
        return copy;
    }

    /** The triples of one graph: by the Graph Store Protocol when its URL is known, else by a query. */
    Iterator<Triple> fetchGraph(Node name) {
        if (gspUrl != null) {
            try {
                GSP gsp = GSP.service(gspUrl);
                return (Quad.isDefaultGraph(name) ? gsp.defaultGraph() : gsp.graphName(name))
                        .acceptHeader(RDFFormat.NTRIPLES.getLang().getHeaderString())
                        .GET()
                        .find();
            } catch (org.apache.jena.atlas.web.HttpException e) {
                if (e.getStatusCode() == 404) {
                    return Iter.nullIterator();
                }
                throw e;
            }
        }
        String where = Quad.isDefaultGraph(name) ? DEFAULT_ONLY : "GRAPH " + NodeFmtLib.strNT(name) + " { ?s ?p ?o }";
        List<Triple> out = new ArrayList<>();
        try (QueryExec qe = queryExec(QueryFactory.create("SELECT ?s ?p ?o WHERE { " + where + " }"))) {
            SparqlDatasetGraph.triples(qe.select()).forEachRemaining(out::add);
        }
        return out.iterator();
    }

    /**
     * Triples in no named graph: the default graph of a store that keeps it apart. A store whose
     * default graph is the union hides its own default graph from queries; give the Graph Store
     * Protocol URL to read it there (policy-kg itself puts nothing in it).
     */
    private static final String DEFAULT_ONLY = "?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } }";

    /** Every quad of the remote but the write counter, by graph (the default graph under {@link Quad#defaultGraphIRI}). */
    private Map<Node, Set<Triple>> snapshot() {
        Map<Node, Set<Triple>> out = new HashMap<>();
        fetchGraph(Quad.defaultGraphIRI)
                .forEachRemaining(t -> out.computeIfAbsent(Quad.defaultGraphIRI, k -> new HashSet<>())
                        .add(t));
        try (QueryExec qe = queryExec(QueryFactory.create(
                "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != " + iri(SERVICE_GRAPH) + ") }"))) {
            qe.select()
                    .forEachRemaining(b -> out.computeIfAbsent(b.get(Var.alloc("g")), k -> new HashSet<>())
                            .add(Triple.create(b.get(Var.alloc("s")), b.get(Var.alloc("p")), b.get(Var.alloc("o")))));
        }
        return out;
    }

    private static Map<Node, Set<Triple>> contents(DatasetGraph dsg) {
        Map<Node, Set<Triple>> out = new HashMap<>();
        dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> out.computeIfAbsent(Quad.defaultGraphIRI, k -> new HashSet<>())
                        .add(q.asTriple()));
        dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                out.computeIfAbsent(q.getGraph(), k -> new HashSet<>()).add(q.asTriple());
            }
        });
        return out;
    }

    @Override
    public synchronized void close() {
        // the remote holds the data; only the local copy for writes is let go
        if (copy != null) {
            copy.close();
            copy = null;
        }
    }

    @Override
    public String toString() {
        return "SPARQL store " + queryUrl;
    }
}
