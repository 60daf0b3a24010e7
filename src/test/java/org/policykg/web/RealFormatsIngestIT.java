package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.jena.atlas.iterator.Iter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.FormatFixtures;
import org.policykg.RegisterTexts;
import org.policykg.TestServer;
import org.policykg.ingest.DocumentIngest;
import org.policykg.vocab.PKG;

/**
 * {@code POST /api/documents} with a PDF or an HTML page, as the body or as a multipart file: the
 * document is named by the file's stem, its original file kept in the provenance, the text its offsets
 * point into served at {@code /api/documents/{id}/text}; a scan, an encrypted PDF, a PDF over the
 * limit and a page without main text are refused with a problem and change nothing.
 */
class RealFormatsIngestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Bearer " + TestServer.ADMIN_TOKEN;
    private static final String BOUNDARY = "policy-kg-formats-boundary";

    @RegisterExtension
    static final TestServer server = TestServer.empty();

    private static HttpResponse<String> postFile(byte[] body, String contentType, String fileName) {
        return server.send(HttpRequest.newBuilder(server.uri("/api/documents"))
                .header("Content-Type", contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private static HttpResponse<String> postMultipart(byte[] file, String contentType, String fileName)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"text\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return server.send(HttpRequest.newBuilder(server.uri("/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .build());
    }

    private static long quads() {
        return server.store().read(dsg -> Iter.count(dsg.find()));
    }

    private static JsonNode select(String where) throws Exception {
        HttpResponse<String> r = server.query("""
                PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT * WHERE { %s }""".formatted(where), "application/sparql-results+json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).at("/results/bindings");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String words(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void aPdfBecomesADocumentWhoseStatementsPointAtTheRightWordsOfItsStoredText() throws Exception {
        byte[] pdf = FormatFixtures.textPdf();
        HttpResponse<String> r = postFile(pdf, "application/pdf", "provincial-notice.pdf");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location")).hasValue("/api/documents/provincial-notice");
        JsonNode answer = JSON.readTree(r.body());
        assertThat(answer.get("language").asText()).isEqualTo("en");
        // six role assignments among the paragraphs, as in the plain text
        assertThat(answer.at("/statements/RoleAssignment").asLong()).isGreaterThanOrEqualTo(6);

        HttpResponse<String> t = server.get("/api/documents/provincial-notice/text");
        assertThat(t.statusCode()).isEqualTo(200);
        assertThat(t.headers().firstValue("Content-Type").orElseThrow())
                .isEqualToIgnoringWhitespace("text/plain;charset=utf-8");
        String text = t.body();
        assertThat(text)
                .contains(FormatFixtures.wrap(RegisterTexts.PARAGRAPHS.get(0)).get(1));

        JsonNode quotes = select("?st pkg:inDocument <" + PKG.BASE + "doc/provincial-notice> ; a pkg:RoleAssignment ;"
                + " pkg:evidence ?ev . ?ev oa:hasSelector ?q , ?p . ?q oa:exact ?exact ."
                + " ?p oa:start ?start ; oa:end ?end .");
        assertThat(quotes).hasSizeGreaterThanOrEqualTo(6);
        int[] cps = text.codePoints().toArray();
        String plain = words(RegisterTexts.plain());
        for (JsonNode q : quotes) {
            int start = q.at("/start/value").asInt();
            int end = q.at("/end/value").asInt();
            String exact = q.at("/exact/value").asText();
            assertThat(new String(cps, start, end - start)).isEqualTo(exact);
            // the words a quote spans across the PDF's line breaks are words the paragraphs hold together
            assertThat(plain).contains(words(exact));
        }
        assertThat(quotes)
                .anySatisfy(q ->
                        assertThat(words(q.at("/exact/value").asText())).isEqualTo("Grain security is the lifeline"));
        // a quote across one of the PDF's line breaks: the raw text's words, the break kept
        assertThat(quotes)
                .anySatisfy(q -> assertThat(q.at("/exact/value").asText())
                        .contains("\n")
                        .startsWith("take the people's security as their"));

        JsonNode file = select("<" + PKG.BASE + "doc/provincial-notice> prov:wasDerivedFrom ?f ."
                + " ?f a pkg:SourceFile ; pkg:sha256 ?sha ; pkg:mediaType ?type ; pkg:sourceFile ?name ;"
                + " pkg:byteSize ?size .");
        assertThat(file).hasSize(1);
        assertThat(file.get(0).at("/sha/value").asText()).isEqualTo(sha256(pdf));
        assertThat(file.get(0).at("/type/value").asText()).isEqualTo("application/pdf");
        assertThat(file.get(0).at("/name/value").asText()).isEqualTo("provincial-notice.pdf");
        assertThat(file.get(0).at("/size/value").asLong()).isEqualTo(pdf.length);
        // the document's own digest and length are those of the stored text, which its offsets point into
        JsonNode doc = select("<" + PKG.BASE + "doc/provincial-notice> pkg:sha256 ?sha ; pkg:length ?length .");
        assertThat(doc.get(0).at("/sha/value").asText()).isEqualTo(sha256(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.get(0).at("/length/value").asInt()).isEqualTo(cps.length);
    }

    @Test
    void anHtmlPageUploadedAsAFileBecomesADocumentOfItsMainText() throws Exception {
        byte[] page = FormatFixtures.articlePage().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = postMultipart(page, "text/html; charset=utf-8", "gazette-notice.html");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(JSON.readTree(r.body()).get("document").asText()).isEqualTo("gazette-notice");
        String text = server.get("/api/documents/gazette-notice/text").body();
        assertThat(text)
                .contains(RegisterTexts.PARAGRAPHS.get(1))
                .doesNotContain("Politics", "Copyright", "weather", "console");
        JsonNode file = select("<" + PKG.BASE + "doc/gazette-notice> prov:wasDerivedFrom ?f ."
                + " ?f pkg:sha256 ?sha ; pkg:mediaType ?type ; pkg:sourceFile ?name .");
        assertThat(file.get(0).at("/sha/value").asText()).isEqualTo(sha256(page));
        assertThat(file.get(0).at("/type/value").asText()).isEqualTo("text/html");
        assertThat(file.get(0).at("/name/value").asText()).isEqualTo("gazette-notice.html");
    }

    @Test
    void aPdfFileIsToldByItsExtensionWhenItsPartHasNoTypeOfItsOwn() throws Exception {
        HttpResponse<String> r =
                postMultipart(FormatFixtures.textPdf(), "application/octet-stream", "by-extension.pdf");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(server.get("/api/documents/by-extension/text").body()).contains("Grain security");
    }

    @Test
    void aPlainTextIsServedAsPosted() {
        String text = RegisterTexts.plain() + "\n";
        HttpResponse<String> r =
                server.post("/api/documents?id=plain-served", "text/plain; charset=utf-8", text, "Authorization", AUTH);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(server.get("/api/documents/plain-served/text").body()).isEqualTo(text);
        assertThat(server.get("/api/documents/no-such-document/text").statusCode())
                .isEqualTo(404);
    }

    private static void assertRefused(HttpResponse<String> r, int status, String detail, long quadsBefore)
            throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(r.body()).get("detail").asText()).containsIgnoringCase(detail);
        assertThat(quads()).isEqualTo(quadsBefore);
    }

    @Test
    void aScannedPdfIsRefusedAndChangesNothing() throws Exception {
        long before = quads();
        assertRefused(postFile(FormatFixtures.imagePdf(), "application/pdf", "scan.pdf"), 422, "no text layer", before);
        assertRefused(
                postMultipart(FormatFixtures.imagePdf(), "application/pdf", "scan.pdf"), 422, "no text layer", before);
        assertThat(server.get("/api/documents/scan").statusCode()).isEqualTo(404);
    }

    @Test
    void anEncryptedPdfIsRefusedAndChangesNothing() throws Exception {
        long before = quads();
        assertRefused(
                postFile(FormatFixtures.encryptedPdf(), "application/pdf", "locked.pdf"), 422, "encrypted", before);
        assertThat(server.get("/api/documents/locked").statusCode()).isEqualTo(404);
    }

    @Test
    void aPdfOverTheSizeLimitIsRefusedAndChangesNothing() throws Exception {
        long before = quads();
        byte[] pdf = FormatFixtures.textPdf();
        byte[] large = new byte[DocumentIngest.MAX_TEXT_BYTES + 1];
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        assertRefused(postFile(large, "application/pdf", "large.pdf"), 413, "limit", before);
        assertRefused(postMultipart(large, "application/pdf", "large.pdf"), 413, "limit", before);
    }

    @Test
    void anHtmlPageWithoutMainTextIsRefusedAndChangesNothing() throws Exception {
        long before = quads();
        byte[] page = FormatFixtures.furnitureOnlyPage().getBytes(StandardCharsets.UTF_8);
        assertRefused(postFile(page, "text/html", "index.html"), 422, "no main text", before);
        assertRefused(postMultipart(page, "text/html", "index.html"), 422, "no main text", before);
    }
}
