package org.policykg.extract;

/**
 * What the rules know while reading one document in order: the year it was issued (for "the next
 * five years"), when known, and the last document it cited.
 */
final class DocumentMemory {
    private final Integer issuedYear;
    private String lastCitedDocument;

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
        lastCitedDocument = documentIri;
    }
}
