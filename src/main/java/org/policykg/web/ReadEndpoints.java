package org.policykg.web;

import java.util.List;
import java.util.stream.Stream;
import org.policykg.web.ld.LinkedDataRoutes;

/**
 * The paths whose GETs only read the graph: they answer cross-origin requests ({@link Cors}) and
 * carry ETags ({@link ETags}); those of the JSON-LD API and Linked Data are also kept by the
 * {@link ResultCache}. Writes (POST, PUT, DELETE) are never opened to other origins.
 */
final class ReadEndpoints {
    /** Prefixes of the reads whose answers the result cache keeps (Linked Data's paths besides). */
    private static final List<String> CACHED = List.of("/api/");

    /** Every read prefix: the cached ones and those that answer from the store or stream. */
    private static final List<String> PREFIXES = Stream.concat(
                    CACHED.stream(),
                    Stream.of(
                            "/sparql",
                            "/rdf-graphs/",
                            "/dump.",
                            "/void",
                            "/.well-known/void",
                            "/context/",
                            "/openapi.json"))
            .toList();

    private ReadEndpoints() {}

    static boolean matches(String path) {
        return PREFIXES.stream().anyMatch(path::startsWith) || LinkedDataRoutes.serves(path);
    }

    /** Whether the result cache keeps the GET answers of {@code path}. */
    static boolean cached(String path) {
        return CACHED.stream().anyMatch(path::startsWith) || LinkedDataRoutes.serves(path);
    }
}
