package org.policykg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the policy-kg ontology ({@code ontology/policy-kg.ttl}) and the fixed namespaces of the
 * concept and role schemes. Local names match the ontology file one to one.
 */
public final class PKG {
    /** Root of every IRI the project mints, unless a deployment configures another data namespace. */
    public static final String BASE = "https://w3id.org/policy-kg/";

    public static final String NS = BASE + "ontology#";
    public static final String CONCEPT_NS = BASE + "concept/";
    public static final String ROLE_NS = BASE + "role/";
    public static final String RULE_NS = BASE + "rule/";

    // Schemes and the graphs that hold the ontology files in the store.
    public static final Resource SecurityConceptScheme = resource(CONCEPT_NS, "scheme");
    public static final Resource RoleScheme = resource(ROLE_NS, "scheme");

    // Classes
    public static final Resource PolicyDocument = term("PolicyDocument");
    public static final Resource Segment = term("Segment");
    public static final Resource Section = term("Section");
    public static final Resource Preamble = term("Preamble");
    public static final Resource Item = term("Item");
    public static final Resource Paragraph = term("Paragraph");
    public static final Resource Sentence = term("Sentence");
    public static final Resource Extraction = term("Extraction");
    public static final Resource Mention = term("Mention");
    public static final Resource Statement = term("Statement");
    public static final Resource RoleAssignment = term("RoleAssignment");
    public static final Resource Directive = term("Directive");
    public static final Resource Role = term("Role");
    public static final Resource ExtractionRule = term("ExtractionRule");
    public static final Resource Extractor = term("Extractor");

    // Structure and offsets
    public static final Property inDocument = property("inDocument");
    public static final Property inSection = property("inSection");
    public static final Property inSentence = property("inSentence");
    public static final Property start = property("start");
    public static final Property end = property("end");
    public static final Property number = property("number");
    public static final Property marker = property("marker");
    public static final Property heading = property("heading");
    public static final Property index = property("index");
    public static final Property text = property("text");

    // Statements
    public static final Property concept = property("concept");
    public static final Property role = property("role");
    public static final Property treatedAs = property("treatedAs");
    public static final Property action = property("action");
    public static final Property object = property("object");
    public static final Property objectText = property("objectText");
    public static final Property mentions = property("mentions");
    public static final Property evidence = property("evidence");
    public static final Property rule = property("rule");
    public static final Property version = property("version");

    // Document metadata not covered by Dublin Core terms
    public static final Property originalTitle = property("originalTitle");
    public static final Property translationPublisher = property("translationPublisher");
    public static final Property translationPublished = property("translationPublished");
    public static final Property sourceFile = property("sourceFile");
    public static final Property sha256 = property("sha256");
    public static final Property length = property("length");

    private PKG() {}

    private static Resource term(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Resource resource(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
