package org.policykg.extract;

/**
 * A raw document after the page chrome is set aside.
 *
 * @param body the span of the document's own text (no navigation, share buttons or citation block)
 * @param reading the text as read: {@link ReadingText}'s copy of the source, of the same length, with
 *     wrapped lines joined and page furniture blanked in the body
 * @param metadata what the page states about itself
 */
public record Page(SourceText source, Span body, String reading, Metadata metadata) {
    public Page {
        if (reading.length() != source.text().length()) {
            throw new IllegalArgumentException("the reading copy must keep the source's offsets");
        }
    }
}
