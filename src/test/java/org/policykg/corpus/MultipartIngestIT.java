package org.policykg.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.iterator.Iter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.TestServer;
import org.policykg.vocab.PKG;

/** {@code POST /api/documents} as {@code multipart/form-data}: a text part and the metadata as JSON or fields. */
class MultipartIngestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "policy-kg-test-boundary";
    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus");

    @RegisterExtension
    static final TestServer server = TestServer.empty();

    /** One part of a form: a field when {@code filename} is null, else a file of the given type. */
    private record Part(String name, String filename, String contentType, byte[] content) {
        static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        static Part file(String name, String filename, String contentType, String content) {
            return new Part(name, filename, contentType, content.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] form(Part... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            StringBuilder head = new StringBuilder("--" + BOUNDARY + "\r\n");
            head.append("Content-Disposition: form-data; name=\"")
                    .append(p.name())
                    .append('"');
            if (p.filename() != null) {
                head.append("; filename=\"").append(p.filename()).append('"');
            }
            head.append("\r\n");
            if (p.contentType() != null) {
                head.append("Content-Type: ").append(p.contentType()).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.write(p.content());
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static HttpResponse<String> post(byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri("/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return server.send(b.build());
    }

    private static HttpResponse<String> postWithToken(byte[] body) {
        return post(body, "Authorization", "Bearer " + TestServer.ADMIN_TOKEN);
    }

    private static long quads() {
        return server.store().read(dsg -> Iter.count(dsg.find()));
    }

    private static String text() throws IOException {
        return Files.readString(CORPUS.resolve("study-outline-en.txt"));
    }

    private static void assertRefused(byte[] body, int status, String detail) throws IOException {
        long before = quads();
        HttpResponse<String> r = postWithToken(body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(r.body()).get("detail").asText()).containsIgnoringCase(detail);
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void takesATextFileAndAMetadataJsonPart() throws IOException {
        String metadata = Files.readString(CORPUS.resolve("study-outline-en.meta.json"));
        HttpResponse<String> r = postWithToken(form(
                Part.field("id", "multipart-json"),
                Part.file("text", "outline.txt", "text/plain; charset=utf-8", text()),
                Part.file("metadata", "outline.meta.json", "application/json", metadata)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode b = JSON.readTree(r.body());
        assertThat(b.get("id").asText()).isEqualTo(PKG.BASE + "doc/multipart-json");
        assertThat(b.at("/statements/RoleAssignment").asLong()).isPositive();
        JsonNode doc = JSON.readTree(server.get("/api/documents/multipart-json").body());
        assertThat(doc.at("/title/en").asText()).isEqualTo("Study Outline for the Overall National Security Outlook");
        assertThat(doc.at("/issued").asText()).isEqualTo("2022-04-15");
    }

    @Test
    void takesMetadataAsFieldsAndTheIdFromTheFileName() throws IOException {
        HttpResponse<String> r = postWithToken(form(
                Part.file("text", "multipart-fields.txt", "text/plain", text()),
                Part.field("title", "An outline sent as fields"),
                Part.field("issued", "2022-04-16"),
                Part.field("documentType", "leaders-speech"),
                Part.field("issuer", "xi-jinping"),
                Part.field("officeHeld", "General Secretary of the CPC Central Committee")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String ask = """
                PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                ASK { <%1$sdoc/multipart-fields> dcterms:title "An outline sent as fields" ;
                        pkg:documentType <%2$sleaders-speech> ; pkg:authorityTier <%3$s3> ;
                        pkg:issuer <%4$sxi-jinping> ;
                        pkg:officeHeld "General Secretary of the CPC Central Committee"@en . }""".formatted(PKG.BASE, PKG.DOCUMENT_TYPE_NS, PKG.AUTHORITY_TIER_NS, PKG.ACTOR_NS);
        HttpResponse<String> q = server.query(ask, "application/sparql-results+json");
        assertThat(JSON.readTree(q.body()).get("boolean").asBoolean())
                .as(q.body())
                .isTrue();
    }

    @Test
    void refusesAFormWithoutAText() throws IOException {
        assertRefused(form(Part.field("id", "no-text"), Part.field("title", "Nothing")), 400, "'text' part");
    }

    @Test
    void refusesMetadataThatIsNotJson() throws IOException {
        assertRefused(
                form(
                        Part.field("id", "bad-json"),
                        Part.file("text", "t.txt", "text/plain", text()),
                        Part.file("metadata", "m.json", "application/json", "{\"title\": ")),
                400,
                "not valid JSON");
    }

    @Test
    void refusesMetadataSentBothWays() throws IOException {
        assertRefused(
                form(
                        Part.field("id", "both-ways"),
                        Part.file("text", "t.txt", "text/plain", text()),
                        Part.field("metadata", "{\"title\": \"x\"}"),
                        Part.field("title", "y")),
                400,
                "not both");
    }

    @Test
    void refusesTwoTexts() throws IOException {
        assertRefused(
                form(
                        Part.field("id", "two-texts"),
                        Part.file("text", "a.txt", "text/plain", text()),
                        Part.file("text", "b.txt", "text/plain", text())),
                400,
                "2 'text' parts");
    }

    @Test
    void refusesATextThatIsNotUtf8() throws IOException {
        byte[] latin1 = "Sécurité nationale".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(
                form(Part.field("id", "latin1"), new Part("text", "l.txt", "text/plain", latin1)), 400, "not UTF-8");
    }

    @Test
    void refusesABadFieldValue() throws IOException {
        assertRefused(
                form(
                        Part.field("id", "bad-date"),
                        Part.file("text", "t.txt", "text/plain", text()),
                        Part.field("issued", "April 2022")),
                400,
                "issued");
    }

    @Test
    void refusesATypeOutsideTheScheme() throws IOException {
        assertRefused(
                form(
                        Part.field("id", "bad-type"),
                        Part.file("text", "t.txt", "text/plain", text()),
                        Part.field("documentType", "horoscope")),
                422,
                "document types scheme");
    }

    @Test
    void refusesABrokenMultipartBody() throws IOException {
        byte[] broken = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nunterminated")
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(broken, 400, "multipart/form-data");
    }

    @Test
    void refusesAFormWithoutTheToken() throws IOException {
        long before = quads();
        HttpResponse<String> r =
                post(form(Part.field("id", "no-token"), Part.file("text", "t.txt", "text/plain", text())));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(quads()).isEqualTo(before);
    }
}
