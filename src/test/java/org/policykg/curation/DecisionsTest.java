package org.policykg.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.policykg.vocab.PKG;

/** A document's graph rewritten as the curator's decisions say, without a store. */
class DecisionsTest {
    private static final String DOC = """
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX cand: <https://w3id.org/policy-kg/candidate/>
            PREFIX role: <https://w3id.org/policy-kg/role/>
            PREFIX d: <https://w3id.org/policy-kg/doc/t/>
            d:s1 a pkg:RoleAssignment ; pkg:concept cand:green-finance ; pkg:role role:foundation ;
                pkg:evidence d:e1 ; pkg:inDocument <https://w3id.org/policy-kg/doc/t> .
            d:e1 oa:hasSelector d:q1 . d:q1 oa:exact "green finance is the foundation" .
            d:s2 a pkg:RoleAssignment ; pkg:concept cand:ocean-stewardship ; pkg:role role:foundation ;
                pkg:evidence d:e2 .
            d:e2 oa:hasSelector d:q2 . d:q2 oa:exact "ocean stewardship is the foundation" .
            d:sentence pkg:mentions cand:ocean-stewardship , cand:green-finance .
            cand:green-finance a skos:Concept , pkg:CandidateConcept ; skos:prefLabel "green finance"@en ;
                rdfs:label "green finance"@en ; skos:inScheme cand:scheme ; pkg:treatedAs role:foundation .
            cand:ocean-stewardship a skos:Concept , pkg:CandidateConcept ; skos:prefLabel "ocean stewardship"@en ;
                skos:inScheme cand:scheme ; pkg:treatedAs role:foundation .
            """;

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Graph doc() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(DOC, Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void anAcceptedCandidateIsReplacedByItsMemberAndARejectedOneLeavesNoStatement() {
        Node green = iri(PKG.CANDIDATE_NS + "green-finance");
        Node ocean = iri(PKG.CANDIDATE_NS + "ocean-stewardship");
        Node member = iri(PKG.CONCEPT_NS + "green-finance");
        Decisions decisions = new Decisions(Map.of(green, member), Set.of(ocean));
        Graph source = doc();
        Graph g = decisions.apply(source);

        assertThat(g).isNotSameAs(source);
        assertThat(source.contains(Node.ANY, Node.ANY, green)).isTrue(); // the graph as built is left alone
        assertThat(g.contains(Node.ANY, Node.ANY, green)).isFalse();
        assertThat(g.contains(green, Node.ANY, Node.ANY)).isFalse();
        assertThat(g.contains(iri(PKG.BASE + "doc/t/s1"), PKG.concept.asNode(), member))
                .isTrue();
        assertThat(g.contains(member, PKG.treatedAs.asNode(), iri(PKG.ROLE_NS + "foundation")))
                .isTrue();
        // the rejected candidate: no statement, no evidence, no mention, no description
        assertThat(g.contains(Node.ANY, Node.ANY, ocean)).isFalse();
        assertThat(g.contains(ocean, Node.ANY, Node.ANY)).isFalse();
        assertThat(g.contains(iri(PKG.BASE + "doc/t/s2"), Node.ANY, Node.ANY)).isFalse();
        assertThat(g.contains(iri(PKG.BASE + "doc/t/e2"), Node.ANY, Node.ANY)).isFalse();
        assertThat(g.contains(iri(PKG.BASE + "doc/t/q2"), Node.ANY, Node.ANY)).isFalse();
        assertThat(g.contains(iri(PKG.BASE + "doc/t/q1"), Node.ANY, Node.ANY)).isTrue();
    }

    @Test
    void aGraphWithNoDecidedCandidateIsLeftAsBuilt() {
        Graph source = doc();
        Decisions decisions =
                new Decisions(Map.of(iri(PKG.CANDIDATE_NS + "other"), iri(PKG.CONCEPT_NS + "other")), Set.of());
        assertThat(decisions.apply(source)).isSameAs(source);
        assertThat(Decisions.NONE.apply(source)).isSameAs(source);
    }

    @Test
    void relinkingReportsTheStatementsItRepointed() {
        Graph g = doc();
        Set<Node> moved =
                Relinker.relink(g, iri(PKG.CANDIDATE_NS + "green-finance"), iri(PKG.CONCEPT_NS + "economic-security"));
        assertThat(moved).containsExactly(iri(PKG.BASE + "doc/t/s1"));
        assertThat(g.contains(Triple.create(
                        iri(PKG.BASE + "doc/t/sentence"),
                        PKG.mentions.asNode(),
                        iri(PKG.CONCEPT_NS + "economic-security"))))
                .isTrue();
    }
}
