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

    /** The ontology's own IRI; its terms are in {@link #NS}. */
    public static final String ONTOLOGY = BASE + "ontology";

    public static final String NS = ONTOLOGY + "#";
    public static final String CONCEPT_NS = BASE + "concept/";
    public static final String ROLE_NS = BASE + "role/";
    public static final String RULE_NS = BASE + "rule/";
    public static final String ACTOR_NS = BASE + "actor/";
    public static final String FORMULATION_NS = BASE + "formulation/";
    public static final String DOCUMENT_NS = BASE + "document/";
    public static final String DOCUMENT_TYPE_NS = BASE + "document-type/";
    public static final String AUTHORITY_TIER_NS = BASE + "authority-tier/";
    public static final String CHANNEL_NS = BASE + "channel/";
    /** Concepts a text uses that the scheme lacks, minted from their words for a curator to accept. */
    public static final String CANDIDATE_NS = BASE + "candidate/";
    /** Role phrases a text uses that the role scheme lacks ("as our central mission"), for a curator. */
    public static final String ROLE_CANDIDATE_NS = ROLE_NS + "candidate/";

    // Schemes and the graphs that hold the ontology files in the store.
    public static final Resource SecurityConceptScheme = resource(CONCEPT_NS, "scheme");
    public static final Resource RoleScheme = resource(ROLE_NS, "scheme");
    public static final Resource ActorScheme = resource(ACTOR_NS, "scheme");
    public static final Resource FormulationScheme = resource(FORMULATION_NS, "scheme");
    public static final Resource DocumentScheme = resource(DOCUMENT_NS, "scheme");
    public static final Resource DocumentTypeScheme = resource(DOCUMENT_TYPE_NS, "scheme");
    public static final Resource AuthorityTierScheme = resource(AUTHORITY_TIER_NS, "scheme");
    public static final Resource ChannelScheme = resource(CHANNEL_NS, "scheme");

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
    public static final Resource DialecticalPair = term("DialecticalPair");
    public static final Resource ActorMention = term("ActorMention");
    public static final Resource FormulationUse = term("FormulationUse");
    public static final Resource Citation = term("Citation");
    public static final Resource Quotation = term("Quotation");
    public static final Resource TemporalExpression = term("TemporalExpression");
    public static final Resource Figure = term("Figure");
    public static final Resource CandidateConcept = term("CandidateConcept");
    public static final Resource CandidateRole = term("CandidateRole");
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
    public static final Property left = property("left");
    public static final Property right = property("right");
    public static final Property leftTerm = property("leftTerm");
    public static final Property rightTerm = property("rightTerm");
    public static final Property actor = property("actor");
    public static final Property namesActor = property("namesActor");
    public static final Property formulation = property("formulation");
    public static final Property cites = property("cites");
    public static final Property quotes = property("quotes");
    public static final Property dateValue = property("dateValue");
    public static final Property relation = property("relation");
    public static final Property endDateValue = property("endDateValue");
    public static final Property event = property("event");
    public static final Property value = property("value");
    public static final Property unit = property("unit");
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
    /** The document's text, the one its offsets point into: a {@code nif:Context}. */
    public static final Property content = property("content");
    /** The file a document's text was converted from (a PDF, an HTML page). */
    public static final Resource SourceFile = term("SourceFile");

    public static final Property mediaType = property("mediaType");
    public static final Property byteSize = property("byteSize");

    // The corpus: what a document is, who issued it, where it appeared, which cited document it is
    public static final Property documentType = property("documentType");
    public static final Property authorityTier = property("authorityTier");
    public static final Property issuer = property("issuer");
    public static final Property officeHeld = property("officeHeld");
    public static final Property channel = property("channel");
    public static final Property identifies = property("identifies");
    public static final Property matchedPassage = property("matchedPassage");

    // Language versions of one work: their sentences linked, the statements both make tied
    public static final Resource SentenceAlignment = term("SentenceAlignment");
    public static final Property alignedSentence = property("alignedSentence");
    public static final Property alignmentMethod = property("alignmentMethod");
    public static final Property alignmentScore = property("alignmentScore");
    public static final Property agreesWith = property("agreesWith");
    public static final Property notFoundIn = property("notFoundIn");

    // The curator's decisions about candidates, kept in the curation graph
    public static final Resource CurationDecision = term("CurationDecision");
    public static final Resource Acceptance = term("Acceptance");
    public static final Resource Merge = term("Merge");
    public static final Resource Rejection = term("Rejection");
    public static final Property curatedInto = property("curatedInto");

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
