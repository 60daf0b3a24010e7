package org.policykg.extract;

import java.util.List;
import org.policykg.extract.Structure.Sentence;

/** Something a rule found in a sentence, with the span of the words that say it. */
public sealed interface Finding
        permits Finding.Mention,
                Finding.Role,
                Finding.Directive,
                Finding.Pair,
                Finding.EntityUse,
                Finding.Quotation,
                Finding.Temporal,
                Finding.Figure {
    /** The id of the rule that found it; a local name under {@code rule/} in the ontology. */
    String rule();

    Span evidence();

    Sentence sentence();

    /** A concept named in the text (of the scheme, or a candidate a rule minted). */
    record Mention(String concept, Span evidence, Sentence sentence, String rule) implements Finding {
        public static final String RULE = "concept-mention";

        public Mention(String concept, Span evidence, Sentence sentence) {
            this(concept, evidence, sentence, RULE);
        }
    }

    /**
     * The text assigns {@code role} to {@code concept}; {@code words} are the text's own words of a
     * candidate concept minted from them (its label in their language), or null.
     */
    record Role(String rule, String concept, String role, Span evidence, Sentence sentence, String words)
            implements Finding {
        public Role(String rule, String concept, String role, Span evidence, Sentence sentence) {
            this(rule, concept, role, evidence, sentence, null);
        }
    }

    /** An instruction to act: {@code action} (a verb lemma) applied to the object concepts and words. */
    record Directive(
            String rule, String action, List<String> objects, String objectText, Span evidence, Sentence sentence)
            implements Finding {
        public Directive {
            objects = List.copyOf(objects);
        }
    }

    /**
     * Two things the text plans or weighs together ("external security and internal security").
     * Each side is a concept IRI, or a verb lemma when the couple is of actions.
     */
    record Pair(String rule, String left, String right, Span evidence, Sentence sentence) implements Finding {}

    /** What kind of shared resource an {@link EntityUse} names. */
    enum EntityKind {
        ACTOR,
        FORMULATION,
        DOCUMENT
    }

    /**
     * The text names an actor, uses a formulation or cites a document.
     *
     * @param iri the shared resource, from a scheme or minted for a candidate
     * @param candidate true when the resource is not in any scheme yet (a curator may accept it)
     * @param label the words as written, for a candidate's label
     */
    record EntityUse(
            String rule, EntityKind kind, String iri, boolean candidate, String label, Span evidence, Sentence sentence)
            implements Finding {}

    /** A passage quoted from a document or a speaker ({@code source}); the evidence is the passage. */
    record Quotation(String rule, String source, Span evidence, Sentence sentence) implements Finding {}

    /**
     * A date, period or target. {@code value} is an ISO year or date; {@code relation} is "in", "since",
     * "by", "until", or "during" a period from {@code value} to the year {@code end} ("2021-2025");
     * {@code event} names the event a period is counted from, when the text names one.
     */
    record Temporal(
            String rule, String value, String relation, String event, String end, Span evidence, Sentence sentence)
            implements Finding {
        /** A date or a period with one bound. */
        public Temporal(String rule, String value, String relation, String event, Span evidence, Sentence sentence) {
            this(rule, value, relation, event, null, evidence, sentence);
        }
    }

    /** A figure: a decimal value with its unit ("98.62 percent"). */
    record Figure(String rule, String value, String unit, Span evidence, Sentence sentence) implements Finding {}
}
