package org.policykg.evaluate;

/**
 * A statement the extractor produced, reduced to what is scored: kind, key and evidence span, with the
 * id of the rule that generated it (a local name under {@code rule/}).
 */
public record Prediction(String kind, String key, int start, int end, String quote, String rule) {
    boolean overlaps(Annotation a) {
        return start < a.end() && a.start() < end;
    }

    Prediction withKey(String newKey) {
        return new Prediction(kind, newKey, start, end, quote, rule);
    }
}
