package org.policykg.extract;

/**
 * What the rules know while reading one document in order: the year it was issued (for "the next
 * five years"), when known, and the last document it cited.
 */
final class DocumentMemory {
    private final Integer issuedYear;
    private String lastCitedDocument;
    private String lastCitedWords = "";

    DocumentMemory(Integer issuedYear) {
        this.issuedYear = issuedYear;
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
