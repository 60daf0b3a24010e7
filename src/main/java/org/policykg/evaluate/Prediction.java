package org.policykg.evaluate;

/** A statement the extractor produced, reduced to what is scored: kind, key and evidence span. */
public record Prediction(String kind, String key, int start, int end, String quote) {
    boolean overlaps(Annotation a) {
        return start < a.end() && a.start() < end;
    }
}
