package org.policykg.vocab;

import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms reused from PROV-O, W3C Web Annotation and FOAF, and the prefixes every output uses. */
public final class Vocab {
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String SCHEMA = "https://schema.org/";

    public static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("pkg", PKG.NS),
            Map.entry("concept", PKG.CONCEPT_NS),
            Map.entry("role", PKG.ROLE_NS),
            Map.entry("rule", PKG.RULE_NS),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("prov", PROV),
            Map.entry("oa", OA),
            Map.entry("foaf", FOAF));

    public static final Resource Activity = ResourceFactory.createResource(PROV + "Activity");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(PROV, "wasGeneratedBy");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(PROV, "wasAssociatedWith");
    public static final Property used = ResourceFactory.createProperty(PROV, "used");
    public static final Resource Entity = ResourceFactory.createResource(PROV + "Entity");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV, "wasDerivedFrom");
    public static final Resource Agent = ResourceFactory.createResource(PROV + "Agent");
    public static final Property generated = ResourceFactory.createProperty(PROV, "generated");
    public static final Property endedAtTime = ResourceFactory.createProperty(PROV, "endedAtTime");

    /** NIF: a string that offsets point into, the text of a document. */
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static final Resource NifContext = ResourceFactory.createResource(NIF + "Context");
    public static final Property isString = ResourceFactory.createProperty(NIF, "isString");

    public static final Resource SpecificResource = ResourceFactory.createResource(OA + "SpecificResource");
    public static final Resource TextQuoteSelector = ResourceFactory.createResource(OA + "TextQuoteSelector");
    public static final Resource TextPositionSelector = ResourceFactory.createResource(OA + "TextPositionSelector");
    public static final Property hasSource = ResourceFactory.createProperty(OA, "hasSource");
    public static final Property hasSelector = ResourceFactory.createProperty(OA, "hasSelector");
    public static final Property exact = ResourceFactory.createProperty(OA, "exact");
    public static final Property prefix = ResourceFactory.createProperty(OA, "prefix");
    public static final Property suffix = ResourceFactory.createProperty(OA, "suffix");
    public static final Property start = ResourceFactory.createProperty(OA, "start");
    public static final Property end = ResourceFactory.createProperty(OA, "end");

    public static final Resource Person = ResourceFactory.createResource(FOAF + "Person");
    public static final Resource Organization = ResourceFactory.createResource(FOAF + "Organization");
    public static final Property name = ResourceFactory.createProperty(FOAF, "name");
    /** schema.org's translator: the ontology has no better-known term for it. */
    public static final Property translator = ResourceFactory.createProperty(SCHEMA, "translator");

    private Vocab() {}
}
