package org.policykg.web.api;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Map;

/**
 * JSON as RFC 8259 has it, for bodies that are stored: a repeated member name, anything after the
 * value, or a UTF-16 surrogate without its pair (an escape such as {@code "\ud800"}, which no UTF-8
 * text can hold) is refused instead of read one way or another.
 */
final class StrictJson {
    private static final JsonMapper READER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Thrown for a lone surrogate: the parser itself takes them. */
    static final class LoneSurrogate extends IOException {
        private static final long serialVersionUID = 1L;

        LoneSurrogate() {
            super("a string holds a UTF-16 surrogate without its pair (an escape such as \\ud800)");
        }
    }

    private StrictJson() {}

    static JsonNode read(byte[] body) throws IOException {
        JsonNode tree = READER.readTree(body);
        if (tree != null) {
            checkSurrogates(tree);
        }
        return tree;
    }

    private static void checkSurrogates(JsonNode node) throws LoneSurrogate {
        if (node.isTextual()) {
            check(node.textValue());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                check(e.getKey());
                checkSurrogates(e.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                checkSurrogates(element);
            }
        }
    }

    private static void check(String s) throws LoneSurrogate {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new LoneSurrogate();
            }
        }
    }
}
