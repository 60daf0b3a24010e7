package org.policykg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.policykg.vocab.Iris;
import org.policykg.vocab.PKG;

/**
 * The Turtle files of {@code ontology/}, read from the classpath (the build packs the top-level
 * folder into the jar). Each becomes a named graph of the store, so the default union graph holds
 * the labels that queries join on.
 */
public final class OntologyFiles {
    public static final String ONTOLOGY = "policy-kg.ttl";
    public static final String CONCEPTS = "concepts.ttl";
    public static final String ROLES = "roles.ttl";
    public static final String ACTORS = "actors.ttl";
    public static final String FORMULATIONS = "formulations.ttl";
    public static final String DOCUMENTS = "documents.ttl";
    public static final String DOCUMENT_TYPES = "document-types.ttl";
    public static final String SHAPES = "shapes.ttl";

    private final Map<String, Model> models = new LinkedHashMap<>();

    private OntologyFiles() {}

    /** Reads every file once; the instance is immutable in use and safe to share. */
    public static OntologyFiles load() {
        OntologyFiles files = new OntologyFiles();
        for (String name :
                new String[] {ONTOLOGY, CONCEPTS, ROLES, ACTORS, FORMULATIONS, DOCUMENTS, DOCUMENT_TYPES, SHAPES}) {
            files.models.put(name, read(name));
        }
        return files;
    }

    private static Model read(String name) {
        String path = "/ontology/" + name;
        try (InputStream in = OntologyFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + path);
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(PKG.BASE).parse(m);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Model model(String name) {
        return models.get(name);
    }

    /** Ontology and every scheme together: the context a document graph is read in. */
    public Model vocabulary() {
        Model m = ModelFactory.createDefaultModel();
        for (String name : new String[] {ONTOLOGY, CONCEPTS, ROLES, ACTORS, FORMULATIONS, DOCUMENTS, DOCUMENT_TYPES}) {
            m.add(model(name));
        }
        m.setNsPrefixes(model(ONTOLOGY).getNsPrefixMap());
        return m;
    }

    /** Graph names in the store for the files served as data (the shapes are served too). */
    public static Map<String, String> graphNames(String base) {
        Map<String, String> names = new LinkedHashMap<>();
        Iris iris = new Iris(base);
        names.put(ONTOLOGY, iris.ontologyGraph());
        names.put(CONCEPTS, iris.graph("concepts"));
        names.put(ROLES, iris.graph("roles"));
        names.put(ACTORS, iris.graph("actors"));
        names.put(FORMULATIONS, iris.graph("formulations"));
        names.put(DOCUMENTS, iris.graph("documents"));
        names.put(DOCUMENT_TYPES, iris.graph("document-types"));
        names.put(SHAPES, iris.graph("shapes"));
        return names;
    }
}
