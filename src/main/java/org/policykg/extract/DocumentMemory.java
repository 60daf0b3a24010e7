package org.policykg.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * What the rules know while reading one document in order: the year it was issued (for "the next
 * five years"), when known, the last document it cited, where its lines start, and what was found of
 * the lists in it.
 */
final class DocumentMemory {
    private final Integer issuedYear;
    private final String folded;
    private String lastCitedDocument;
    private String lastCitedWords = "";
    private LineIndex lines;
    /** By the start of a list item's line: whether the line introducing the list states no modal. */
    private final Map<Integer, Boolean> introductions = new HashMap<>();

    /** @param folded the document's folded text, whose lines {@link #lineStart} finds */
    DocumentMemory(Integer issuedYear, String folded) {
        this.issuedYear = issuedYear;
        this.folded = folded;
    }

    /** The start of the line of the folded text holding {@code at}. */
    int lineStart(int at) {
        if (lines == null) {
            lines = new LineIndex(folded); // indexed on the first asking: English rules never ask
        }
        return lines.startOf(at);
    }

    /** What {@link #introduction} was told of the list item on the line starting at {@code line}, or null. */
    Boolean introduction(int line) {
        return introductions.get(line);
    }

    void introduction(int line, boolean withoutModal) {
        introductions.put(line, withoutModal);
    }

    /** The year the document was issued, or null when no metadata says. */
    Integer issuedYear() {
        return issuedYear;
    }

    String lastCitedDocument() {
        return lastCitedDocument;
    }

    void cited(String documentIri) {
        cited(documentIri, "");
    }

    /** @param words the words that named it, folded: a short form ("the Recommendations") refers back by them */
    void cited(String documentIri, String words) {
        lastCitedDocument = documentIri;
        lastCitedWords = words;
    }

    String lastCitedWords() {
        return lastCitedWords;
    }
}
