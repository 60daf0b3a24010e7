package org.policykg.web;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys of an API answer that a JSON-LD processor (Titanium, as Jena uses it) drops on expansion:
 * a key the answer's context does not define is silently lost to every client that reads the answer
 * as linked data. Each key is expanded with the value it has in the answer, beside a sentinel
 * property, under the answer's own context; a language map's keys ("en", "zh") are values, not terms.
 */
final class JsonLdKeys {
    private static final String SENTINEL = "http://example.org/sentinel";

    private JsonLdKeys() {}

    /** The keys of {@code answer} (a compact JSON-LD object with an inline context) that expansion drops. */
    static Set<String> dropped(String answer) {
        JsonObject doc;
        try (JsonReader r = Json.createReader(new StringReader(answer))) {
            doc = r.readObject();
        }
        JsonValue context = doc.get("@context");
        Set<String> out = new TreeSet<>();
        walk(doc, context, out, new TreeSet<>());
        return out;
    }

    private static void walk(JsonValue value, JsonValue context, Set<String> dropped, Set<String> seen) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> walk(v, context, dropped, seen));
            return;
        }
        if (!(value instanceof JsonObject object)) {
            return;
        }
        for (var e : object.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("@") || e.getValue().getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (seen.add(key) && isDropped(context, key, e.getValue())) {
                dropped.add(key);
            }
            if (!isLanguageMap(context, key)) {
                walk(e.getValue(), context, dropped, seen);
            }
        }
    }

    private static boolean isDropped(JsonValue context, String key, JsonValue value) {
        JsonObject probe = Json.createObjectBuilder()
                .add("@context", context)
                .add(SENTINEL, "s")
                .add(key, value)
                .build();
        try {
            JsonArray expanded = JsonLd.expand(JsonDocument.of(probe)).get();
            return expanded.isEmpty() || expanded.getJsonObject(0).size() < 2;
        } catch (JsonLdError e) {
            throw new IllegalStateException("The key " + key + " does not expand: " + e.getMessage(), e);
        }
    }

    private static boolean isLanguageMap(JsonValue context, String key) {
        JsonValue definition = context.asJsonObject().get(key);
        if (!(definition instanceof JsonObject d) || !d.containsKey("@container")) {
            return false;
        }
        return d.get("@container").toString().contains("@language");
    }
}
