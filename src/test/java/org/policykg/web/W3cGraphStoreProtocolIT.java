package org.policykg.web;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The W3C SPARQL 1.1 Graph Store Protocol tests ({@code sparql11/graph-store-protocol/}), one dynamic
 * test per entry of the direct- and the indirect-identification manifests, each against a fresh
 * server. Besides status codes these compare response Content-Type and body (graph isomorphism) and
 * carry a Location header into later requests, as the manifests say.
 */
class W3cGraphStoreProtocolIT {
    private static final String PREFIX = "/gsp";

    @TestFactory
    Stream<DynamicTest> directIdentification() {
        return tests("graph-store-protocol/manifest-direct.ttl");
    }

    @TestFactory
    Stream<DynamicTest> indirectIdentification() {
        return tests("graph-store-protocol/manifest-indirect.ttl");
    }

    private static Stream<DynamicTest> tests(String manifest) {
        return W3cManifest.load(manifest).stream()
                .map(test -> DynamicTest.dynamicTest(
                        test.name(), () -> W3cReplay.run(test, W3cGraphStoreProtocolIT::endpointPath)));
    }

    /**
     * The manifests' endpoint is "/gsp": "/gsp?graph=..." and a bare "/gsp" go to this server's
     * service URL, "/gsp/person/1.ttl" to the graph named directly by "/rdf-graphs/person/1.ttl".
     */
    static String endpointPath(String manifestPath) {
        if (manifestPath.equals(PREFIX) || manifestPath.startsWith(PREFIX + "?")) {
            return "/rdf-graphs/service" + manifestPath.substring(PREFIX.length());
        }
        if (manifestPath.startsWith(PREFIX + "/")) {
            return "/rdf-graphs/" + manifestPath.substring(PREFIX.length() + 1);
        }
        throw new AssertionError("a Graph Store test path outside " + PREFIX + ": " + manifestPath);
    }
}
