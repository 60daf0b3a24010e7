package org.policykg.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.policykg.vocab.Vocab;

/** Turtle written by {@link TurtleWriter} reads back as the same graph, whatever its terms. */
class TurtleWriterTest {
    private static final String EX = "http://example.org/a#";

    /** IRIs that a prefix covers with a valid, an escaped or no local name, and some no prefix covers. */
    private static final List<Node> IRIS = List.of(
            NodeFactory.createURI(EX + "plain"),
            NodeFactory.createURI(EX + "ends.with.dot."),
            NodeFactory.createURI(EX + "percent%20encoded"),
            NodeFactory.createURI(EX + "tilde~and-dash_and:colon"),
            NodeFactory.createURI(EX + "9starts-with-digit"),
            NodeFactory.createURI(EX),
            NodeFactory.createURI(EX + "slash/inside"),
            NodeFactory.createURI("https://w3id.org/policy-kg/ontology#treatedAs"),
            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
            NodeFactory.createURI("urn:example:no-prefix"),
            NodeFactory.createURI("http://example.org/中文/路径"));

    private static final List<Node> LITERALS = List.of(
            NodeFactory.createLiteralString("plain"),
            NodeFactory.createLiteralString("quote \" and 'single' and \\ backslash"),
            NodeFactory.createLiteralString("line\nbreak\r\tand tab"),
            NodeFactory.createLiteralString("\"\"\"triple quotes\"\"\""),
            NodeFactory.createLiteralString("以政治安全为根本"),
            NodeFactory.createLiteralString("emoji 😀 and U+2028 \u2028"),
            NodeFactory.createLiteralString(""),
            NodeFactory.createLiteralLang("national security", "en"),
            NodeFactory.createLiteralLang("国家安全", "zh-Hans"),
            NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralDT("007", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralDT("-1.50", XSDDatatype.XSDdecimal),
            NodeFactory.createLiteralDT("1e3", XSDDatatype.XSDdouble),
            NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean),
            NodeFactory.createLiteralDT("not a number", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralDT("2024-07-18", XSDDatatype.XSDdate),
            NodeFactory.createLiteralDT("x", NodeFactory.getType(EX + "custom")));

    private static final List<Node> BLANKS = List.of(NodeFactory.createBlankNode(), NodeFactory.createBlankNode());

    @Test
    void everyKindOfTermReadsBackAsTheSameGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        Node s = IRIS.get(0);
        for (Node iri : IRIS) {
            g.add(Triple.create(s, iri, iri));
            g.add(Triple.create(iri, RDF.Nodes.type, s));
        }
        for (Node literal : LITERALS) {
            g.add(Triple.create(BLANKS.get(0), IRIS.get(1), literal));
        }
        g.add(Triple.create(BLANKS.get(0), IRIS.get(2), BLANKS.get(1)));
        g.add(Triple.create(BLANKS.get(1), IRIS.get(2), BLANKS.get(0)));

        String turtle = write(g);

        assertThat(read(turtle).isIsomorphicWith(g)).as(turtle).isTrue();
        // readable: rdf:type as "a", prefixed names where the local name allows them
        assertThat(turtle)
                .contains("@prefix ex: <" + EX + "> .")
                .contains(" a ex:plain")
                .contains("pkg:treatedAs")
                .contains("skos:prefLabel");
    }

    @Test
    void randomGraphsReadBackAsTheSameGraph() {
        Random random = new Random(20261127);
        List<Node> objects = new java.util.ArrayList<>(IRIS);
        objects.addAll(LITERALS);
        objects.addAll(BLANKS);
        List<Node> subjects = new java.util.ArrayList<>(IRIS);
        subjects.addAll(BLANKS);
        for (int round = 0; round < 200; round++) {
            Graph g = GraphFactory.createDefaultGraph();
            int size = random.nextInt(40);
            for (int i = 0; i < size; i++) {
                g.add(Triple.create(
                        subjects.get(random.nextInt(subjects.size())),
                        IRIS.get(random.nextInt(IRIS.size())),
                        objects.get(random.nextInt(objects.size()))));
            }
            String turtle = write(g);
            assertThat(read(turtle).isIsomorphicWith(g)).as(turtle).isTrue();
        }
    }

    @Test
    void anEmptyGraphIsItsPrefixesAlone() {
        String turtle = write(GraphFactory.createDefaultGraph());
        assertThat(read(turtle).isEmpty()).isTrue();
        assertThat(turtle.lines()).allMatch(line -> line.startsWith("@prefix "));
    }

    private static String write(Graph g) {
        PrefixMapping prefixes =
                PrefixMapping.Factory.create().setNsPrefixes(Vocab.PREFIXES).setNsPrefix("ex", EX);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TurtleWriter.write(out, g, prefixes);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Graph read(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        return g;
    }
}
