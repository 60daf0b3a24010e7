package org.policykg.extract;

/**
 * A raw document after the page chrome is set aside.
 *
 * @param body the span of the document's own text (no navigation, share buttons or citation block)
 * @param metadata what the page states about itself
 */
public record Page(SourceText source, Span body, Metadata metadata) {}
