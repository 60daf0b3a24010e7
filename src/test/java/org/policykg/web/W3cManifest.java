package org.policykg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;

/**
 * The tests of a W3C rdf-tests HTTP manifest (SPARQL 1.1 Protocol, Graph Store Protocol), read from
 * the copies under {@code src/test/resources/w3c/}. The manifest is parsed with its published URL as
 * base, so relative IRIs such as {@code <data1.nt>} resolve as the W3C wrote them; {@link #resource}
 * maps them back to the classpath copy.
 */
final class W3cManifest {
    static final String PUBLISHED = "https://w3c.github.io/rdf-tests/sparql/sparql11/";
    static final String CLASSPATH = "/w3c/";

    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String HT = "http://www.w3.org/2011/http#";
    private static final String CNT = "http://www.w3.org/2011/content#";
    private static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";

    /** One mf:entries item: the graphs to load first, then the requests to send in order. */
    record Case(String name, List<GraphData> graphData, List<Exchange> exchanges) {}

    /** A ut:graphData: the classpath resource to load into the named graph {@code graphName}. */
    record GraphData(String resource, String graphName) {}

    /** One ht:Request, with the ht:Response expected for it. */
    record Exchange(String method, String path, List<Header> headers, String body, String charset, Expected expected) {}

    record Header(String name, String value) {}

    /**
     * @param statuses local names in the hts: namespace, any of which matches
     * @param format "boolean", "tabular", "RDF" or null
     * @param bool the ASK answer, or null
     * @param location the template variable that the Location header fills, or null
     * @param body the expected RDF body (the format given by the Content-Type in {@code headers}), or null
     */
    record Expected(
            List<String> statuses, String format, Boolean bool, String location, List<Header> headers, String body) {}

    private W3cManifest() {}

    /** @param file the manifest's path below {@code w3c/}, e.g. {@code protocol/manifest.ttl} */
    static List<Case> load(String file) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(PUBLISHED + file).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Resource manifest = m.getResource(PUBLISHED + file);
        List<Case> cases = new ArrayList<>();
        for (RDFNode entry : list(manifest, prop(MF, "entries"))) {
            cases.add(testCase(entry.asResource()));
        }
        return cases;
    }

    /** The classpath copy of a file the manifest names by its published IRI. */
    static InputStream resource(String iri) {
        if (!iri.startsWith(PUBLISHED)) {
            throw new IllegalArgumentException("not a file of the copied W3C tests: " + iri);
        }
        return open(iri.substring(PUBLISHED.length()));
    }

    private static InputStream open(String file) {
        return Objects.requireNonNull(
                W3cManifest.class.getResourceAsStream(CLASSPATH + file),
                () -> "missing test resource " + CLASSPATH + file);
    }

    private static Case testCase(Resource test) {
        List<GraphData> data = new ArrayList<>();
        for (Statement s : test.listProperties(prop(UT, "graphData")).toList()) {
            Resource gd = s.getResource();
            data.add(new GraphData(
                    gd.getPropertyResourceValue(prop(UT, "graph")).getURI(),
                    gd.getProperty(RDFS.label).getString()));
        }
        Resource action = test.getPropertyResourceValue(prop(MF, "action"));
        List<Exchange> exchanges = new ArrayList<>();
        for (RDFNode request : list(action, prop(HT, "requests"))) {
            exchanges.add(exchange(request.asResource()));
        }
        return new Case(test.getProperty(prop(MF, "name")).getString(), data, exchanges);
    }

    private static Exchange exchange(Resource req) {
        Resource body = req.getPropertyResourceValue(prop(HT, "body"));
        Resource resp = req.getPropertyResourceValue(prop(HT, "resp"));
        return new Exchange(
                req.getProperty(prop(HT, "methodName")).getString(),
                req.getProperty(prop(HT, "absolutePath")).getString(),
                headers(req),
                body == null ? null : body.getProperty(prop(CNT, "chars")).getString(),
                body == null || !body.hasProperty(prop(CNT, "characterEncoding"))
                        ? "UTF-8"
                        : body.getProperty(prop(CNT, "characterEncoding")).getString(),
                expected(resp));
    }

    private static Expected expected(Resource resp) {
        List<String> statuses = resp.listProperties(prop(MF, "expectedStatus")).toList().stream()
                .map(s -> s.getResource().getLocalName())
                .sorted()
                .toList();
        Resource body = resp.getPropertyResourceValue(prop(HT, "body"));
        return new Expected(
                statuses,
                string(resp, prop(MF, "expectedFormat")),
                resp.hasProperty(prop(MF, "expectedBoolean"))
                        ? resp.getProperty(prop(MF, "expectedBoolean")).getBoolean()
                        : null,
                string(resp, prop(MF, "expectedLocation")),
                headers(resp),
                body == null ? null : body.getProperty(prop(CNT, "chars")).getString());
    }

    private static List<Header> headers(Resource r) {
        List<Header> headers = new ArrayList<>();
        for (RDFNode h : list(r, prop(HT, "headers"))) {
            headers.add(new Header(
                    string(h.asResource(), prop(HT, "fieldName")), string(h.asResource(), prop(HT, "fieldValue"))));
        }
        return headers;
    }

    private static List<RDFNode> list(Resource subject, Property p) {
        Resource head = subject.getPropertyResourceValue(p);
        return head == null ? List.of() : head.as(RDFList.class).asJavaList();
    }

    private static String string(Resource r, Property p) {
        return r.hasProperty(p) ? r.getProperty(p).getString() : null;
    }

    private static Property prop(String ns, String local) {
        return ResourceFactory.createProperty(ns, local);
    }
}
