package org.policykg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the European Legislation Identifier ontology that the corpus uses: a document is an
 * expression (one language version) that realises a work.
 */
public final class ELI {
    public static final String NS = "http://data.europa.eu/eli/ontology#";
    /** The EU Publications Office language table that {@code eli:language} points into. */
    public static final String LANGUAGE_NS = "http://publications.europa.eu/resource/authority/language/";

    public static final Resource Work = ResourceFactory.createResource(NS + "Work");
    public static final Resource Expression = ResourceFactory.createResource(NS + "Expression");
    public static final Property realizes = ResourceFactory.createProperty(NS, "realizes");
    public static final Property is_realized_by = ResourceFactory.createProperty(NS, "is_realized_by");
    public static final Property language = ResourceFactory.createProperty(NS, "language");

    private ELI() {}
}
