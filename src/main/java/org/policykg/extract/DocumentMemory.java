package org.policykg.extract;

/** What the rules remember while reading one document in order: the last document it cited. */
final class DocumentMemory {
    private String lastCitedDocument;

    String lastCitedDocument() {
        return lastCitedDocument;
    }

    void cited(String documentIri) {
        lastCitedDocument = documentIri;
    }
}
