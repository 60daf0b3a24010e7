package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.sparql.util.IsoMatcher;
import org.policykg.store.GraphStore;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.web.W3cManifest.Case;
import org.policykg.web.W3cManifest.Exchange;
import org.policykg.web.W3cManifest.Expected;
import org.policykg.web.W3cManifest.GraphData;
import org.policykg.web.W3cManifest.Header;

/**
 * Replays one W3C manifest test against a fresh server: a new in-memory store with the test's graphs,
 * the real {@link WebServer} on a free loopback port, and each request sent as the manifest writes
 * it. An expectation the server does not meet fails the test; nothing is skipped.
 */
final class W3cReplay {
    /**
     * Sent with every request. The manifests assume an open endpoint, but this server takes writes
     * (SPARQL Update, Graph Store PUT/POST/DELETE) only with the admin token; without it those tests
     * would get 401 and the "bad request" tests would pass for the wrong reason.
     */
    static final String TOKEN = "w3c-test-token";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final Pattern STATUS_CLASS = Pattern.compile("StatusCode(\\d)xx");
    private static final Map<String, Integer> STATUS_NAMES = Map.of(
            "OK",
            200,
            "Created",
            201,
            "NoContent",
            204,
            "BadRequest",
            400,
            "NotFound",
            404,
            "MethodNotAllowed",
            405,
            "NotAcceptable",
            406,
            "UnsupportedMediaType",
            415);
    private static final Map<String, Lang> RESULT_TYPES = Map.of(
            "application/sparql-results+json", ResultSetLang.RS_JSON,
            "application/sparql-results+xml", ResultSetLang.RS_XML,
            "text/csv", ResultSetLang.RS_CSV,
            "text/tab-separated-values", ResultSetLang.RS_TSV);

    private W3cReplay() {}

    /** @param paths maps a manifest ht:absolutePath (with its query string) to this server's path */
    static void run(Case test, UnaryOperator<String> paths) throws IOException, InterruptedException {
        // as served: queries read the copy in memory whenever it is current
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory().withMemoryReplica(Long.MAX_VALUE)) {
            load(store, test.graphData());
            store.awaitMemoryReplica();
            try (WebServer server = new WebServer(
                            store,
                            ServerSettings.builder()
                                    .adminToken(TOKEN)
                                    .queryTimeoutMillis(10_000)
                                    .build(),
                            () -> true)
                    .start("127.0.0.1", 0)) {
                Map<String, String> vars = new HashMap<>();
                List<Exchange> exchanges = test.exchanges();
                for (int i = 0; i < exchanges.size(); i++) {
                    Exchange ex = exchanges.get(i);
                    String path = paths.apply(substitute(ex.path(), vars));
                    String where = "request " + (i + 1) + "/" + exchanges.size() + " " + ex.method() + " " + path;
                    HttpResponse<byte[]> response =
                            HTTP.send(request(server.port(), ex, path, vars), HttpResponse.BodyHandlers.ofByteArray());
                    try {
                        check(where, ex.expected(), response, vars);
                    } catch (AssertionError e) {
                        // the console lists dynamic tests by index: say which manifest test failed
                        throw new AssertionError(test.name() + ": " + e.getMessage(), e);
                    }
                }
            }
        }
    }

    private static void load(GraphStore store, List<GraphData> data) {
        store.update(dsg -> {
            for (GraphData gd : data) {
                Graph g = GraphFactory.createDefaultGraph();
                try (InputStream in = W3cManifest.resource(gd.resource())) {
                    RDFParser.source(in)
                            .lang(RDFLanguages.filenameToLang(gd.resource()))
                            .parse(g);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                dsg.addGraph(NodeFactory.createURI(gd.graphName()), g);
            }
        });
    }

    private static HttpRequest request(int port, Exchange ex, String path, Map<String, String> vars) {
        HttpRequest.BodyPublisher body = ex.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(
                        substitute(ex.body(), vars).getBytes(Charset.forName(ex.charset())));
        // only the manifest's headers: no Accept or Content-Type unless the test gives one
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(ex.method(), body)
                .header("Authorization", "Bearer " + TOKEN);
        for (Header h : ex.headers()) {
            b.header(h.name(), h.value());
        }
        return b.build();
    }

    private static void check(
            String where, Expected expected, HttpResponse<byte[]> response, Map<String, String> vars) {
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        String described = where + " -> " + status + " " + contentType + "\n" + abbreviate(response.body());
        assertThat(expected.statuses())
                .as("expected statuses of " + described)
                .anyMatch(name -> statusMatches(name, status));
        if (status >= 400) {
            assertThat(contentType).as("errors are problem+json: " + described).startsWith(Problem.MEDIA_TYPE);
        }
        if (expected.format() != null) {
            checkFormat(described, expected, contentType, response.body());
        }
        for (Header h : expected.headers()) {
            String actual = response.headers().firstValue(h.name()).orElse(null);
            assertThat(actual).as(h.name() + " of " + described).isNotNull();
            if (h.name().equalsIgnoreCase("Content-Type")) {
                assertThat(normalised(actual))
                        .as("Content-Type of " + described)
                        .isEqualTo(normalised(h.value()));
            } else {
                assertThat(actual).as(h.name() + " of " + described).isEqualTo(h.value());
            }
        }
        if (expected.body() != null) {
            String expectedType = expected.headers().stream()
                    .filter(h -> h.name().equalsIgnoreCase("Content-Type"))
                    .map(Header::value)
                    .findFirst()
                    .orElse(contentType);
            Graph want = parseRdf(described, expectedType, expected.body().getBytes(Charset.forName("UTF-8")));
            Graph got = parseRdf(described, contentType, response.body());
            assertThat(IsoMatcher.isomorphic(want, got))
                    .as("body isomorphic to the expected graph " + want + ": " + described)
                    .isTrue();
        }
        if (expected.location() != null) {
            String location = response.headers().firstValue("Location").orElse(null);
            assertThat(location).as("Location header of " + described).isNotBlank();
            vars.put(expected.location(), location);
        }
    }

    private static void checkFormat(String described, Expected expected, String contentType, byte[] body) {
        switch (expected.format()) {
            case "boolean", "tabular" -> {
                Lang lang = RESULT_TYPES.get(mediaType(contentType));
                assertThat(lang).as("a SPARQL results media type: " + described).isNotNull();
                boolean bool = expected.format().equals("boolean");
                if (bool) {
                    assertThat(lang)
                            .as("boolean results are JSON or XML: " + described)
                            .isIn(ResultSetLang.RS_JSON, ResultSetLang.RS_XML);
                }
                SPARQLResult result = ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(body));
                if (bool) {
                    assertThat(result.isBoolean())
                            .as("a boolean result: " + described)
                            .isTrue();
                    if (expected.bool() != null) {
                        assertThat(result.getBooleanResult())
                                .as("ASK answer of " + described)
                                .isEqualTo(expected.bool());
                    }
                } else {
                    assertThat(result.isResultSet())
                            .as("a result set: " + described)
                            .isTrue();
                }
            }
            case "RDF" -> parseRdf(described, contentType, body);
            default -> fail("unknown mf:expectedFormat '" + expected.format() + "' in " + described);
        }
    }

    private static Graph parseRdf(String described, String contentType, byte[] body) {
        Lang lang = contentType == null ? null : RDFLanguages.contentTypeToLang(mediaType(contentType));
        assertThat(lang).as("an RDF media type: " + described).isNotNull();
        assertThat(RDFLanguages.isTriples(lang))
                .as("a graph syntax: " + described)
                .isTrue();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(g);
        return g;
    }

    static boolean statusMatches(String htsName, int status) {
        Matcher m = STATUS_CLASS.matcher(htsName);
        if (m.matches()) {
            return status / 100 == Integer.parseInt(m.group(1));
        }
        Integer code = STATUS_NAMES.get(htsName);
        if (code == null) {
            throw new AssertionError("no status code known for hts:" + htsName);
        }
        return code == status;
    }

    private static String substitute(String s, Map<String, String> vars) {
        String out = s;
        for (Map.Entry<String, String> v : vars.entrySet()) {
            out = out.replace(v.getKey(), v.getValue());
        }
        return out;
    }

    private static String mediaType(String contentType) {
        return contentType == null
                ? null
                : MediaType.create(contentType).getContentTypeStr().toLowerCase(Locale.ROOT);
    }

    /** type/subtype and charset, case-insensitively: "text/turtle;charset=UTF-8" = "text/turtle; charset=utf-8". */
    private static String normalised(String contentType) {
        MediaType m = MediaType.create(contentType);
        String charset = m.getCharset();
        return m.getContentTypeStr().toLowerCase(Locale.ROOT)
                + (charset == null ? "" : ";charset=" + charset.toLowerCase(Locale.ROOT));
    }

    private static String abbreviate(byte[] body) {
        String s = new String(body, Charset.forName("UTF-8"));
        return s.length() <= 600 ? s : s.substring(0, 600) + "...";
    }
}
