package org.policykg.web.gsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.TestServer;
import org.policykg.web.Problem;

/** The Graph Store Protocol beyond the W3C manifests: auth, media types, safe parsing, the default graph. */
class GraphStoreEndpointIT {
    private static final String TOKEN = TestServer.ADMIN_TOKEN;
    private static final String TURTLE = "text/turtle";
    private static final String ALICE = "<http://example.org/alice> <http://xmlns.com/foaf/0.1/name> \"Alice\" .";
    private static final String BOB = "<http://example.org/bob> <http://xmlns.com/foaf/0.1/name> \"Bob\" .";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TestServer server;
    private String root;

    @BeforeEach
    void start() {
        server = TestServer.empty().start();
        root = server.uri("").toString();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void refusesWritesWithoutTheAdminToken() throws Exception {
        for (String method : new String[] {"PUT", "POST", "DELETE"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/rdf-graphs/service?default"))
                    .header("Content-Type", TURTLE)
                    .method(method, HttpRequest.BodyPublishers.ofString(ALICE)));

            assertThat(response.statusCode()).as(method).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).as(method).hasValue(Problem.MEDIA_TYPE);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .as(method)
                    .isPresent();
        }
        assertThat(get("/rdf-graphs/service?default", TURTLE).body()).doesNotContain("Alice");
    }

    @Test
    void refusesAWrongToken() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/rdf-graphs/service?default"))
                .header("Authorization", "Bearer not-the-token")
                .header("Content-Type", TURTLE)
                .PUT(HttpRequest.BodyPublishers.ofString(ALICE)));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void readsNeedNoToken() throws Exception {
        put("/rdf-graphs/people", TURTLE, ALICE);

        HttpResponse<String> response = get("/rdf-graphs/people", TURTLE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Alice");
    }

    @Test
    void answers415ForAnUnknownContentType() throws Exception {
        HttpResponse<String> response = put("/rdf-graphs/people", "text/plain", ALICE);

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body()).contains("text/turtle");
        assertThat(get("/rdf-graphs/people", TURTLE).statusCode()).isEqualTo(404);
    }

    @Test
    void answers415WithoutAContentType() throws Exception {
        HttpResponse<String> response =
                send(authorised("/rdf-graphs/people").PUT(HttpRequest.BodyPublishers.ofString(ALICE)));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
    }

    @Test
    void answers400WithTheParserMessageForABrokenBody() throws Exception {
        HttpResponse<String> response =
                put("/rdf-graphs/people", TURTLE, "<http://example.org/a> <http://example.org/b> .");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body()).contains("does not parse").contains("line: 1");
    }

    @Test
    void writesNothingWhenOnePartOfAMultipartBodyIsBroken() throws Exception {
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"a\"; filename=\"a.ttl\"\r\nContent-Type: text/turtle\r\n\r\n"
                + ALICE + "\r\n--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"b\"; filename=\"b.ttl\"\r\nContent-Type: text/turtle\r\n\r\n"
                + "<http://example.org/broken\r\n--" + boundary + "--\r\n";

        HttpResponse<String> response = send(authorised("/rdf-graphs/people")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("b.ttl");
        assertThat(get("/rdf-graphs/people", TURTLE).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesMultipartBodiesOverTheSizeLimit() throws Exception {
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"a\"; filename=\"a.ttl\"\r\nContent-Type: text/turtle\r\n\r\n"
                + "# " + "x".repeat(11 * 1024 * 1024) + "\n" + ALICE + "\r\n--" + boundary + "--\r\n";

        HttpResponse<String> response = send(authorised("/rdf-graphs/people")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body()).contains("max length exceeded");
        assertThat(get("/rdf-graphs/people", TURTLE).statusCode()).isEqualTo(404);
    }

    @Test
    void answers404ForHeadOnAMissingDirectlyNamedGraph() throws Exception {
        // head_non_existing_direct: in manifest-direct.ttl, but not among its mf:entries
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/rdf-graphs/person/4.ttl"))
                .header("Accept", "text/turtle; charset=utf-8")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
    }

    @Test
    void negotiatesTheGraphFormatAndVariesOnAccept() throws Exception {
        put("/rdf-graphs/people", TURTLE, ALICE);

        HttpResponse<String> nt = get("/rdf-graphs/people", "application/n-triples");
        HttpResponse<String> none = get("/rdf-graphs/people", "image/png");

        assertThat(nt.headers().firstValue("Content-Type")).hasValue("application/n-triples; charset=utf-8");
        assertThat(nt.headers().firstValue("Vary")).hasValue("Accept");
        assertThat(nt.body().strip()).isEqualTo(ALICE);
        assertThat(none.statusCode()).isEqualTo(406);
        assertThat(none.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
    }

    @Test
    void namesTheSameGraphDirectlyAndIndirectly() throws Exception {
        HttpResponse<String> created = send(authorised("/rdf-graphs/service")
                .header("Content-Type", TURTLE)
                .POST(HttpRequest.BodyPublishers.ofString(ALICE)));
        String location = created.headers().firstValue("Location").orElseThrow();

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(location).startsWith(root + "/rdf-graphs/");
        assertThat(get(URI.create(location).getPath(), TURTLE).body()).contains("Alice");
        assertThat(get("/rdf-graphs/service?graph=" + enc(location), TURTLE).body())
                .contains("Alice");
    }

    @Test
    void keepsTheDefaultGraphApartFromTheUnionThatQueriesSee() throws Exception {
        put("/rdf-graphs/service?graph=" + enc("http://example.org/g"), TURTLE, ALICE);
        put("/rdf-graphs/service?default", TURTLE, BOB);

        String dflt =
                get("/rdf-graphs/service?default", "application/n-triples").body();
        assertThat(dflt).contains("Bob").doesNotContain("Alice");
        // SPARQL queries see the union of the named graphs as their default graph
        assertThat(ask("ASK { <http://example.org/alice> ?p ?o }")).isTrue();
        assertThat(ask("ASK { <http://example.org/bob> ?p ?o }")).isFalse();
    }

    @Test
    void refusesAmbiguousOrRelativeGraphNames() throws Exception {
        assertThat(get("/rdf-graphs/service?default&graph=" + enc("http://example.org/g"), TURTLE)
                        .statusCode())
                .isEqualTo(400);
        assertThat(get("/rdf-graphs/service?graph=relative", TURTLE).statusCode())
                .isEqualTo(400);
        assertThat(get("/rdf-graphs/service", TURTLE).statusCode()).isEqualTo(400);
        assertThat(get("/rdf-graphs/people?default", TURTLE).statusCode()).isEqualTo(400);
    }

    @Test
    void readsJsonLdWithAnInlineContext() throws Exception {
        String jsonld = "{\"@context\": {\"name\": \"http://xmlns.com/foaf/0.1/name\"},"
                + " \"@id\": \"http://example.org/alice\", \"name\": \"Alice\"}";

        assertThat(put("/rdf-graphs/people", "application/ld+json", jsonld).statusCode())
                .isEqualTo(201);
        assertThat(get("/rdf-graphs/people", "application/n-triples").body().strip())
                .isEqualTo(ALICE);
    }

    @Test
    void neverFetchesARemoteJsonLdContext(@TempDir Path dir) throws Exception {
        Path context = Files.writeString(
                dir.resolve("context.jsonld"), "{\"@context\": {\"name\": \"http://xmlns.com/foaf/0.1/name\"}}");
        AtomicInteger fetched = new AtomicInteger();
        HttpServer contexts = contextServer(fetched);
        try {
            String remote = "http://127.0.0.1:" + contexts.getAddress().getPort() + "/context.jsonld";
            for (String ctx : new String[] {remote, context.toUri().toString()}) {
                String jsonld =
                        "{\"@context\": \"" + ctx + "\", \"@id\": \"http://example.org/alice\", \"name\": \"Alice\"}";

                HttpResponse<String> response = put("/rdf-graphs/people", "application/ld+json", jsonld);

                assertThat(response.statusCode()).as(ctx).isEqualTo(400);
                assertThat(response.body()).as(ctx).contains("loads no remote JSON-LD contexts");
            }
        } finally {
            contexts.stop(0);
        }
        assertThat(fetched).hasValue(0);
    }

    @Test
    void neverResolvesExternalEntitiesInRdfXml(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-42");
        AtomicInteger fetched = new AtomicInteger();
        HttpServer entities = contextServer(fetched);
        try {
            String remote = "http://127.0.0.1:" + entities.getAddress().getPort() + "/entity";
            String rdfxml = "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE rdf:RDF [<!ENTITY file SYSTEM \"" + secret.toUri() + "\">"
                    + " <!ENTITY web SYSTEM \"" + remote + "\"> <!ENTITY % dtd SYSTEM \"" + remote + ".dtd\"> %dtd;]>\n"
                    + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">"
                    + "<rdf:Description rdf:about=\"http://example.org/s\"><ex:file>&file;</ex:file><ex:web>&web;</ex:web>"
                    + "</rdf:Description></rdf:RDF>";

            HttpResponse<String> response = put("/rdf-graphs/xml", "application/rdf+xml", rdfxml);

            assertThat(response.statusCode()).isIn(201, 204, 400);
            assertThat(get("/rdf-graphs/xml", "application/n-triples").body()).doesNotContain("SECRET-42");
        } finally {
            entities.stop(0);
        }
        assertThat(fetched).hasValue(0);
    }

    /** A loopback HTTP server that counts what a parser would fetch from it. */
    private static HttpServer contextServer(AtomicInteger fetched) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            fetched.incrementAndGet();
            byte[] body =
                    "{\"@context\": {\"name\": \"http://xmlns.com/foaf/0.1/name\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private boolean ask(String query) throws Exception {
        HttpResponse<String> response = get("/sparql?query=" + enc(query), "application/sparql-results+json");
        return response.body().contains("\"boolean\" : true");
    }

    private HttpResponse<String> put(String path, String contentType, String body) throws Exception {
        return send(
                authorised(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    private HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(root + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
