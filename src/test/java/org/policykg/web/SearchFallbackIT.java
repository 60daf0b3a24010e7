package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.TestServer;

/**
 * {@code /api/search} over an external SPARQL store, which has no index of ours: the search runs as
 * SPARQL CONTAINS at the store (Fuseki here), and follows writes with nothing to keep in step.
 */
@Tag("external-store")
class SearchFallbackIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Bearer " + TestServer.ADMIN_TOKEN;

    @RegisterExtension
    static final TestServer server = TestServer.overExternalStore();

    private static JsonNode search(String params) {
        HttpResponse<String> r = server.get("/api/search?" + params);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(r.body(), e);
        }
    }

    private static List<String> highlighted(JsonNode hit) {
        int[] cps = hit.get("snippet").asText().codePoints().toArray();
        List<String> out = new ArrayList<>();
        hit.get("highlights")
                .forEach(r -> out.add(new String(
                        cps, r.get(0).asInt(), r.get(1).asInt() - r.get(0).asInt())));
        return out;
    }

    @Test
    void findsSentencesHoldingEveryWordWithTheirDocumentAndHighlights() {
        JsonNode hits = search("q=" + URLEncoder.encode("Food Security", StandardCharsets.UTF_8))
                .get("hits");
        assertThat(hits).isNotEmpty();
        boolean sentence = false;
        for (JsonNode h : hits) {
            String text = h.get("snippet").asText().toLowerCase(Locale.ROOT);
            assertThat(text).contains("food").contains("security");
            assertThat(highlighted(h))
                    .isNotEmpty()
                    .allSatisfy(w -> assertThat(w.toLowerCase(Locale.ROOT)).isIn("food", "security"));
            if (h.get("type").asText().equals("pkg:Sentence")) {
                sentence = true;
                assertThat(h.get("inDocument").get("href").asText()).startsWith("/api/documents/");
            }
        }
        assertThat(sentence).as("a sentence among the hits").isTrue();
    }

    @Test
    void filtersByLanguageAndPages() {
        JsonNode zh = search("q=" + URLEncoder.encode("安全", StandardCharsets.UTF_8) + "&lang=zh&limit=3");
        assertThat(zh.get("hits"))
                .hasSize(3)
                .allSatisfy(h -> assertThat(h.get("matchedLanguage").asText()).isEqualTo("zh"));
        JsonNode next = search("q=" + URLEncoder.encode("安全", StandardCharsets.UTF_8) + "&lang=zh&limit=3&offset=3");
        List<String> first = new ArrayList<>();
        zh.get("hits").forEach(h -> first.add(h.get("id").asText()));
        next.get("hits")
                .forEach(h -> assertThat(first).doesNotContain(h.get("id").asText()));
    }

    @Test
    void followsIngestAndDelete() {
        String q = "q=zyxwv+quokka";
        assertThat(search(q).get("hits")).isEmpty();
        HttpResponse<String> posted = server.post(
                "/api/documents?id=quokka-notice",
                "text/plain; charset=utf-8",
                "Quokka Notice\n\nWe must safeguard the zyxwv quokka security of the nation.\n",
                "Authorization",
                AUTH);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        assertThat(search(q).get("hits")).isNotEmpty();
        HttpResponse<String> deleted =
                server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/documents/quokka-notice"))
                        .DELETE()
                        .header("Authorization", AUTH)
                        .build());
        assertThat(deleted.statusCode()).isBetween(200, 204);
        assertThat(search(q).get("hits")).isEmpty();
    }
}
