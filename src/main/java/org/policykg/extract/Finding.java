package org.policykg.extract;

import java.util.List;
import org.policykg.extract.Structure.Sentence;

/** Something a rule found in a sentence, with the span of the words that say it. */
public sealed interface Finding permits Finding.Mention, Finding.Role, Finding.Directive {
    /** The id of the rule that found it; a local name under {@code rule/} in the ontology. */
    String rule();

    Span evidence();

    Sentence sentence();

    /** A concept named in the text. */
    record Mention(String concept, Span evidence, Sentence sentence) implements Finding {
        public static final String RULE = "concept-mention";

        @Override
        public String rule() {
            return RULE;
        }
    }

    /** The text assigns {@code role} to {@code concept}. */
    record Role(String rule, String concept, String role, Span evidence, Sentence sentence) implements Finding {}

    /** An imperative: {@code action} (a verb lemma) applied to the object concepts and words. */
    record Directive(
            String rule, String action, List<String> objects, String objectText, Span evidence, Sentence sentence)
            implements Finding {
        public Directive {
            objects = List.copyOf(objects);
        }
    }
}
