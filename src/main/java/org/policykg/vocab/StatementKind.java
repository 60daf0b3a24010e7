package org.policykg.vocab;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;

/**
 * The kinds of statement the extractor makes: the ontology class of each and the name the annotation
 * guidelines give it. In the order reports list them; {@link #MENTION}, scored later than the others,
 * comes last.
 */
public enum StatementKind {
    ROLE_ASSIGNMENT(PKG.RoleAssignment, "RoleAssignment"),
    PAIR(PKG.DialecticalPair, "Pair"),
    DIRECTIVE(PKG.Directive, "Directive"),
    ACTOR(PKG.ActorMention, "Actor"),
    FORMULATION(PKG.FormulationUse, "Formulation"),
    CITED_DOCUMENT(PKG.Citation, "CitedDocument"),
    QUOTATION(PKG.Quotation, "Quotation"),
    DATE(PKG.TemporalExpression, "Date"),
    FIGURE(PKG.Figure, "Figure"),
    MENTION(PKG.Mention, "Mention");

    /** Every kind, in report order. */
    public static final List<StatementKind> ALL = List.of(values());

    private final Resource type;
    private final String annotation;

    StatementKind(Resource type, String annotation) {
        this.type = type;
        this.annotation = annotation;
    }

    /** The ontology class of statements of this kind. */
    public Resource type() {
        return type;
    }

    /** The class's local name ("DialecticalPair"), as the ingest answer counts it. */
    public String className() {
        return type.getLocalName();
    }

    /** The kind's name in gold annotations ("Pair"). */
    public String annotation() {
        return annotation;
    }

    /** Whether the API lists statements of this kind: a concept mention is not a statement of its own. */
    public boolean listed() {
        return this != MENTION;
    }

    /** The kind whose ontology class has local name {@code className}, if any. */
    public static Optional<StatementKind> ofClass(String className) {
        return ALL.stream().filter(k -> k.className().equals(className)).findFirst();
    }
}
