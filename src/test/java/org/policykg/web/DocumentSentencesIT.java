package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.TestData;
import org.policykg.TestServer;

/** {@code GET /api/documents/{id}/sentences}: the text a reader shows, with offsets into the raw file. */
class DocumentSentencesIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void givesEverySentenceInTextOrderWithCodePointOffsetsIntoTheRawFile() throws Exception {
        HttpResponse<String> response = server.get("/api/documents/000_355858e11e4f93ed/sentences");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        String raw = Files.readString(TestData.ESSAY);
        int[] codePoints = raw.codePoints().toArray();
        JsonNode sentences = JSON.readTree(response.body()).get("sentences");
        assertThat(sentences.size()).isGreaterThan(100);
        long previous = -1;
        for (JsonNode s : sentences) {
            int start = s.get("textStart").asInt();
            int end = s.get("textEnd").asInt();
            assertThat(start).isGreaterThan((int) previous);
            assertThat(s.get("sentenceText").asText()).isEqualTo(new String(codePoints, start, end - start));
            assertThat(s.get("partOf").asText()).contains("/paragraph/");
            previous = start;
        }
    }

    @Test
    void answersAnUnknownDocumentWithProblemJson404() {
        HttpResponse<String> response = server.get("/api/documents/no-such-doc/sentences");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
}
