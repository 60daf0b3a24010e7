package org.policykg.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ResultSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.junit.jupiter.api.Test;

/** Our streaming writer must say what Jena's SPARQL JSON writer says, member for member. */
class SparqlJsonWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Var S = Var.alloc("s");
    private static final Var O = Var.alloc("o");
    private static final Var N = Var.alloc("n");

    @Test
    void everyKindOfTermAsJenaWritesIt() throws IOException {
        Node bnode = NodeFactory.createBlankNode();
        List<Binding> rows = List.of(
                row(
                        NodeFactory.createURI("https://w3id.org/policy-kg/concept/political-security"),
                        NodeFactory.createLiteralLang("政治安全", "zh"),
                        NodeFactory.createLiteralDT("98.62", XSDDatatype.XSDdecimal)),
                row(
                        bnode,
                        NodeFactory.createLiteralString("quote \" backslash \\ tab \t newline \n bell \u0007 é 𝄞"),
                        NodeFactory.createLiteralDT("2035", XSDDatatype.XSDgYear)),
                // the same blank node again, and another: labels are per answer, shared by equal nodes
                row(bnode, NodeFactory.createBlankNode(), null),
                row(null, null, null),
                row(
                        NodeFactory.createTripleTerm(Triple.create(
                                NodeFactory.createURI("urn:x:s"),
                                NodeFactory.createURI("urn:x:p"),
                                NodeFactory.createLiteralLang("security", "en"))),
                        NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger),
                        NodeFactory.createURI("urn:x:o")));

        assertThat(ours(rows)).isEqualTo(jenas(rows));
        assertThat(ours(rows).at("/results/bindings/2/s/value").asText())
                .isEqualTo(ours(rows).at("/results/bindings/1/s/value").asText())
                .isNotEqualTo(ours(rows).at("/results/bindings/2/o/value").asText());
    }

    @Test
    void anEmptyAnswerStillNamesItsVariables() throws IOException {
        assertThat(ours(List.of())).isEqualTo(jenas(List.of()));
        assertThat(ours(List.of()).at("/head/vars").size()).isEqualTo(3);
    }

    @Test
    void anAnswerCutShortIsNotClosedIntoValidJson() {
        Binding one = row(NodeFactory.createURI("urn:x:a"), null, null);
        Iterator<Binding> failing = new Iterator<>() {
            private boolean given;

            @Override
            public boolean hasNext() {
                if (given) {
                    throw new QueryCancelledException(); // what the watchdog's abort raises mid-stream
                }
                return true;
            }

            @Override
            public Binding next() {
                given = true;
                return one;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> SparqlJsonWriter.write(out, List.of(S, O, N), failing))
                .isInstanceOf(QueryCancelledException.class);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("urn:x:a");
        assertThatThrownBy(() -> JSON.readTree(out.toByteArray())).isInstanceOf(IOException.class);
    }

    private static Binding row(Node s, Node o, Node n) {
        BindingBuilder b = BindingBuilder.create();
        if (s != null) {
            b.add(S, s);
        }
        if (o != null) {
            b.add(O, o);
        }
        if (n != null) {
            b.add(N, n);
        }
        return b.build();
    }

    private static JsonNode ours(List<Binding> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SparqlJsonWriter.write(out, List.of(S, O, N), rows.iterator());
        return JSON.readTree(out.toByteArray());
    }

    private static JsonNode jenas(List<Binding> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.create()
                .lang(ResultSetLang.RS_JSON)
                .build()
                .write(out, ResultSetStream.create(List.of(S, O, N), rows.iterator()));
        return JSON.readTree(out.toByteArray());
    }
}
