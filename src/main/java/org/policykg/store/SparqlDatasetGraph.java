package org.policykg.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.Lock;
import org.apache.jena.shared.LockMRSW;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * A read-only view of a remote SPARQL store for one {@link GraphStore#read}: SPARQL queries run
 * at the remote ({@link StoreQueries}), a named graph is fetched whole on first use and kept for the
 * rest of the read (so that walking it costs one round trip), and finds across graphs are sent as
 * small SELECT queries. The default graph is the remote's real default graph (triples in no named
 * graph), without the store's version marker.
 */
final class SparqlDatasetGraph extends DatasetGraphBaseFind {
    /** The write counter's graph is the service's, not data: reads leave it out. */
    static final String NOT_SERVICE = "FILTER (?g != " + NodeFmtLib.strNT(SparqlGraphStore.SERVICE_GRAPH) + ")";

    private final SparqlGraphStore store;
    private final Map<Node, Graph> graphs = new HashMap<>();
    private final Context context = new Context();
    private final Lock lock = new LockMRSW();

    SparqlDatasetGraph(SparqlGraphStore store) {
        this.store = store;
    }

    SparqlGraphStore store() {
        return store;
    }

    /** Runs {@code query} at the remote query endpoint, where its FROM / FROM NAMED apply. */
    QueryExec exec(Query query) {
        return store.queryExec(query);
    }

    @Override
    public Graph getDefaultGraph() {
        return graph(Quad.defaultGraphIRI);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return Quad.isDefaultGraph(graphNode) ? getDefaultGraph() : graph(graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    private Graph graph(Node name) {
        // a copy, fetched once per read: callers that walk a graph pattern by pattern cost one request
        return graphs.computeIfAbsent(name, n -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.fetchGraph(n).forEachRemaining(g::add);
            return g;
        });
    }

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        return Iter.map(graph(Quad.defaultGraphIRI).find(s, p, o), t -> new Quad(Quad.defaultGraphIRI, t));
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        return Iter.map(graph(g).find(s, p, o), t -> new Quad(g, t));
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        if ((s != null && s.isBlank()) || (o != null && o.isBlank())) {
            // a blank node of an earlier answer names nothing in a new request (it would match any node)
            return Iter.nullIterator();
        }
        String pattern = term(s, "?s") + " " + term(p, "?p") + " " + term(o, "?o");
        Query query = QueryFactory.create("SELECT * WHERE { GRAPH ?g { " + pattern + " } " + NOT_SERVICE + " }");
        List<Quad> quads = new java.util.ArrayList<>();
        try (QueryExec qe = exec(query)) {
            RowSet rows = qe.select();
            rows.forEachRemaining(b ->
                    quads.add(new Quad(b.get(Var.alloc("g")), value(b, "s", s), value(b, "p", p), value(b, "o", o))));
        }
        return quads.iterator();
    }

    private static String term(Node n, String var) {
        return n == null || n == Node.ANY ? var : NodeFmtLib.strNT(n);
    }

    private static Node value(Binding b, String var, Node fixed) {
        return fixed == null || fixed == Node.ANY ? b.get(Var.alloc(var)) : fixed;
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        List<Node> names = new java.util.ArrayList<>();
        try (QueryExec qe =
                exec(QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { } " + NOT_SERVICE + " }"))) {
            qe.select().forEachRemaining(b -> names.add(b.get(Var.alloc("g"))));
        }
        return names.iterator();
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        if (Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode)) {
            return true;
        }
        if (graphNode.equals(SparqlGraphStore.SERVICE_GRAPH)) {
            return false;
        }
        try (QueryExec qe =
                exec(QueryFactory.create("ASK { GRAPH " + NodeFmtLib.strNT(graphNode) + " { ?s ?p ?o } }"))) {
            return qe.ask();
        }
    }

    @Override
    public long size() {
        return Iter.count(listGraphNodes());
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        throw readOnly();
    }

    @Override
    public void removeGraph(Node graphName) {
        throw readOnly();
    }

    @Override
    public void add(Quad quad) {
        throw readOnly();
    }

    @Override
    public void delete(Quad quad) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("A read of the remote store cannot write; use GraphStore.write");
    }

    @Override
    public Lock getLock() {
        return lock;
    }

    @Override
    public Context getContext() {
        return context;
    }

    @Override
    public PrefixMap prefixes() {
        return PrefixMapFactory.emptyPrefixMap();
    }

    @Override
    public boolean supportsTransactions() {
        return false;
    }

    // no transactions here: each request to the remote is its own; GraphStore.read needs none

    @Override
    public void begin(TxnType type) {}

    @Override
    public void begin(ReadWrite readWrite) {}

    @Override
    public boolean promote(Promote mode) {
        return false;
    }

    @Override
    public void commit() {}

    @Override
    public void abort() {}

    @Override
    public void end() {}

    @Override
    public ReadWrite transactionMode() {
        return null;
    }

    @Override
    public TxnType transactionType() {
        return null;
    }

    @Override
    public boolean isInTransaction() {
        return false;
    }

    /** Triples of one remote graph, for {@link SparqlGraphStore#fetchGraph}. */
    static Iterator<Triple> triples(RowSet rows) {
        return Iter.map(rows, b -> Triple.create(b.get(Var.alloc("s")), b.get(Var.alloc("p")), b.get(Var.alloc("o"))));
    }
}
