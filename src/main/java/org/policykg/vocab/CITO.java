package org.policykg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Citation Typing Ontology terms for links between documents of the corpus. */
public final class CITO {
    public static final String NS = "http://purl.org/spar/cito/";

    public static final Property cites = ResourceFactory.createProperty(NS, "cites");
    public static final Property quotes = ResourceFactory.createProperty(NS, "quotes");

    private CITO() {}
}
