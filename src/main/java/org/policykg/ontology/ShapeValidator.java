package org.policykg.ontology;

import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/** Checks document graphs against {@code ontology/shapes.ttl}, read together with the vocabulary. */
public final class ShapeValidator {
    private final Shapes shapes;
    private final Model vocabulary;

    public ShapeValidator(OntologyFiles files) {
        this.shapes = Shapes.parse(files.model(OntologyFiles.SHAPES).getGraph());
        this.vocabulary = files.vocabulary();
    }

    public ValidationReport report(Graph data) {
        Model union = ModelFactory.createUnion(ModelFactory.createModelForGraph(data), vocabulary);
        return ShaclValidator.get().validate(shapes, union.getGraph());
    }

    /** @throws InvalidGraphException listing each violation's focus node and message */
    public void validate(Graph data, String what) {
        ValidationReport report = report(data);
        if (!report.conforms()) {
            String messages = report.getEntries().stream()
                    .limit(20)
                    .map(e -> e.focusNode() + ": " + e.message())
                    .collect(Collectors.joining("\n  "));
            throw new InvalidGraphException(
                    what + " breaks " + report.getEntries().size() + " SHACL constraint(s):\n  " + messages);
        }
    }

    /** A graph that does not conform to the shapes. */
    public static final class InvalidGraphException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvalidGraphException(String message) {
            super(message);
        }
    }
}
