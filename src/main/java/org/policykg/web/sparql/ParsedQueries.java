package org.policykg.web.sparql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.jena.query.Query;

/**
 * Recent query texts, parsed. Parsing (with its IRI resolution) was about a tenth of
 * a small query's time under load; a copy of a parsed query costs a fraction of that. Texts that do
 * not parse are not kept: they raise their 400 every time.
 */
final class ParsedQueries {
    private record Key(String text, String base) {}

    /** Bounded by text size, since a query may be as long as a request body (a parsed query takes several times its text). */
    private final Cache<Key, Query> parsed = Caffeine.newBuilder()
            .maximumWeight(4_000_000)
            .weigher((Key k, Query q) -> k.text().length() + 256)
            .build();

    /** A private copy of the parsed query: callers may change it, and executions never share one. */
    Query get(String text, String base) {
        return parsed.get(new Key(text, base), k -> SparqlEndpoint.parse(k.text(), k.base()))
                .cloneQuery();
    }
}
