package org.policykg.extract;

import java.util.List;

/** Everything the extractor read from one document, before it becomes RDF. */
public record ExtractedDocument(SourceText source, Metadata metadata, Structure structure, List<Finding> findings) {
    public ExtractedDocument {
        findings = List.copyOf(findings);
    }
}
