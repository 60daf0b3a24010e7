package org.policykg.extract;

import java.util.List;

/** One recogniser: reads a sentence in its context and reports what it finds. Stateless. */
interface Rule {
    /** Local name of the rule's IRI under {@code rule/}, declared in {@code ontology/policy-kg.ttl}. */
    String id();

    /** Every rule id its findings carry (most rules have one). */
    default List<String> ids() {
        return List.of(id());
    }

    List<Finding> apply(SentenceContext context);
}
