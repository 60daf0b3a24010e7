package org.policykg.web.sparql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/**
 * Recent query texts, parsed and prepared once. Parsing (with its IRI resolution) takes about a
 * tenth of a small query's time under load, copying the parsed query for each execution another
 * tenth, and making its algebra a quarter: a repeated text does none of these. Texts that do not
 * parse are not kept: they raise their 400 every time.
 */
final class PreparedQueries {
    /**
     * One query text, ready to run. Shared by concurrent executions, so nothing may change it.
     *
     * @param query as parsed, its row cap applied: what a remote store is sent
     * @param runnable what runs here: without FROM / FROM NAMED, REGEX and REPLACE made cancellable
     * @param capped whether the row cap lowered or added a LIMIT
     * @param plan its algebra, made once (null where a plan is not shared)
     * @param services the endpoint of every SERVICE anywhere in its algebra
     */
    record Prepared(Query query, Query runnable, boolean capped, QueryPlan plan, List<Node> services) {}

    private record Key(String text, String base) {}

    /**
     * Bounded by an estimate of the bytes it holds, a sixteenth of the heap: a parsed query, its
     * runnable copy and its algebra take about sixteen bytes per character of text, plus their
     * fixed parts. Bounded by text length alone, thousands of distinct small queries filled a 128 MB
     * heap together with the result cache.
     */
    private final Cache<Key, Prepared> prepared = Caffeine.newBuilder()
            .maximumWeight(Runtime.getRuntime().maxMemory() / 16)
            .weigher((Key k, Prepared p) -> 16 * k.text().length() + 4096)
            .build();

    PreparedQueries() {
        HeapGuard.relief(this, p -> p.prepared.invalidateAll());
    }

    /** @param prepare from the parsed query (a private copy, which it may change) to what runs */
    Prepared get(String text, String base, Function<Query, Prepared> prepare) {
        return prepared.get(new Key(text, base), k -> prepare.apply(QuerySyntax.parse(k.text(), k.base())));
    }
}
