package org.policykg.web;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The W3C SPARQL 1.1 Protocol tests ({@code sparql11/protocol/manifest.ttl}), one dynamic test per
 * manifest entry, each against a fresh server. See {@link W3cReplay} for how requests are replayed.
 */
class W3cProtocolIT {
    private static final String PREFIX = "/sparql/";

    @TestFactory
    Stream<DynamicTest> protocolManifest() {
        return W3cManifest.load("protocol/manifest.ttl").stream()
                .map(test ->
                        DynamicTest.dynamicTest(test.name(), () -> W3cReplay.run(test, W3cProtocolIT::endpointPath)));
    }

    /** The manifest's paths start with "/sparql/"; this server's endpoint is "/sparql" (query string kept). */
    static String endpointPath(String manifestPath) {
        if (!manifestPath.startsWith(PREFIX)) {
            throw new AssertionError("a protocol test path outside " + PREFIX + ": " + manifestPath);
        }
        return "/sparql" + manifestPath.substring(PREFIX.length());
    }
}
