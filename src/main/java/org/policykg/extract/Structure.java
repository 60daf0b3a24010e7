package org.policykg.extract;

import java.util.List;

/**
 * A document's body cut into sections, paragraphs and sentences, each with its span in the source
 * text. Sections nest: an {@link Section.Kind#ITEM} lies inside a {@link Section.Kind#PART} when the
 * text has parts.
 */
public record Structure(List<Section> sections, List<Paragraph> paragraphs, List<Sentence> sentences) {
    public Structure {
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }

    /** A part ("II."), a numbered item ("(3)"), the text before the first part, or an undivided body. */
    public record Section(Kind kind, int number, String marker, String heading, Span span, Section parent) {
        public enum Kind {
            PREAMBLE,
            PART,
            ITEM,
            BODY
        }

        /** Path segment under the document IRI; unique within a document. */
        public String path() {
            return switch (kind) {
                case PREAMBLE -> "preamble";
                case BODY -> "body";
                case PART -> "part/" + number;
                case ITEM ->
                    (parent == null || parent.kind() != Kind.PART ? "" : parent.path() + "/") + "item/" + number;
            };
        }
    }

    /** @param index 1-based position in the document */
    public record Paragraph(int index, Span span, Section section) {}

    /** @param index 1-based position in the document */
    public record Sentence(int index, Span span, Paragraph paragraph) {
        public Section section() {
            return paragraph.section();
        }
    }
}
