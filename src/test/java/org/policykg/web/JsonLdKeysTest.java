package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonLdKeysTest {
    @Test
    void aKeyTheContextLacksIsDroppedAndALanguageMapsKeysAreNot() {
        String answer = """
                {"@context": {"id": "@id", "a": {"@id": "http://example.org/a", "@type": "@id"},
                              "label": {"@id": "http://example.org/label", "@container": "@language"}},
                 "id": "http://example.org/x", "a": "http://example.org/y", "label": {"en": "x", "zh": "某"},
                 "undefined": 3, "nested": {"alsoUndefined": true}, "gone": null}
                """;
        assertThat(JsonLdKeys.dropped(answer)).containsExactly("alsoUndefined", "nested", "undefined");
    }
}
