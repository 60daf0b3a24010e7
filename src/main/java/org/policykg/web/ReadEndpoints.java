package org.policykg.web;

import java.util.List;
import org.policykg.web.ld.LinkedDataRoutes;

/**
 * The paths whose GETs only read the graph: they answer cross-origin requests ({@link Cors}) and
 * carry ETags ({@link ETags}). Writes (POST, PUT, DELETE) are never opened to other origins.
 */
final class ReadEndpoints {
    private static final List<String> PREFIXES = List.of(
            "/api/", "/sparql", "/rdf-graphs/", "/dump.", "/void", "/.well-known/void", "/context/", "/openapi.json");

    private ReadEndpoints() {}

    static boolean matches(String path) {
        return PREFIXES.stream().anyMatch(path::startsWith) || LinkedDataRoutes.serves(path);
    }
}
