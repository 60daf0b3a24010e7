package org.policykg.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policykg.extract.SourceText;
import org.policykg.store.GraphStore;
import org.policykg.vocab.Iris;
import org.policykg.vocab.PKG;
import org.policykg.web.HttpProblem;

/**
 * The corpus views: {@code GET /api/concepts/{id}/timeline} (the documents a concept or formulation
 * occurs in, by issued date, with the roles each assigns it) and {@code GET /api/compare?a=&b=}
 * (what two documents share and where they differ).
 */
public final class CorpusRoutes {
    /** Where an id may name a concept, in the order tried: scheme concepts before candidates. */
    private static final List<String> CONCEPT_NAMESPACES =
            List.of(PKG.CONCEPT_NS, PKG.FORMULATION_NS, PKG.CANDIDATE_NS, PKG.FORMULATION_NS + "candidate/");

    private static final String USED = "?st pkg:concept|pkg:formulation|pkg:object|pkg:left|pkg:right ?focus .";
    private static final String KNOWN = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?x WHERE { { ?focus skos:inScheme ?x } UNION { %s BIND(?st AS ?x) } } LIMIT 1
            """.formatted(USED);
    private static final String OCCURRENCES = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?doc ?n ?issued WHERE {
              { SELECT ?doc (COUNT(DISTINCT ?st) AS ?n) WHERE { %s ?st pkg:inDocument ?doc } GROUP BY ?doc }
              OPTIONAL { ?doc dcterms:issued ?issued }
            } ORDER BY (!BOUND(?issued)) ?issued ?doc
            """.formatted(USED);
    private static final String ROLES_OF_CONCEPT = """
            SELECT DISTINCT ?doc ?role WHERE {
              ?st a pkg:RoleAssignment ; pkg:concept ?focus ; pkg:role ?role ; pkg:inDocument ?doc .
            } ORDER BY ?doc ?role
            """;
    private static final String IS_DOCUMENT = "SELECT ?d WHERE { BIND(?focus AS ?d) ?d a pkg:PolicyDocument } LIMIT 1";
    private static final String CONCEPTS_OF = """
            SELECT DISTINCT ?c WHERE {
              ?st pkg:inDocument ?focus ; pkg:concept|pkg:object|pkg:left|pkg:right ?c . FILTER(isIRI(?c))
            } ORDER BY ?c
            """;
    private static final String FORMULATIONS_OF =
            "SELECT DISTINCT ?c WHERE { ?st pkg:inDocument ?focus ; pkg:formulation ?c } ORDER BY ?c";
    private static final String ROLES_IN = """
            SELECT DISTINCT ?c ?role WHERE {
              ?st a pkg:RoleAssignment ; pkg:inDocument ?focus ; pkg:concept ?c ; pkg:role ?role .
            } ORDER BY ?c ?role
            """;

    private final GraphStore store;
    private final Iris iris;

    /** @param base the data namespace under which document IRIs are minted */
    public CorpusRoutes(GraphStore store, String base) {
        this.store = store;
        this.iris = new Iris(base);
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/concepts/{id}/timeline", this::timeline);
        routes.get("/api/compare", this::compare);
    }

    private void timeline(Context ctx) {
        String id = ctx.pathParam("id");
        ObjectNode body = store.readForQueries(dsg -> {
            String iri = resolveConcept(dsg, id);
            if (iri == null) {
                return null;
            }
            ObjectNode b = JsonLd.object();
            b.setAll(CorpusJson.labelled(dsg, iri));
            Map<String, List<String>> roles = new LinkedHashMap<>();
            CorpusJson.collect(StatementJson.select(dsg, ROLES_OF_CONCEPT, iri), "doc", "role", roles);
            Labels labels = new Labels(dsg);
            ArrayNode timeline = b.putArray("timeline");
            String firstDate = null;
            String latestDate = null;
            for (QuerySolution row : StatementJson.select(dsg, OCCURRENCES, iri)) {
                String doc = row.getResource("doc").getURI();
                String issued =
                        row.contains("issued") ? row.getLiteral("issued").getLexicalForm() : null;
                // documents without a date sort last; one of them cannot be known to come first
                firstDate = firstDate == null ? issued : firstDate;
                ObjectNode entry = timeline.addObject();
                entry.put("type", "pkg:Occurrence");
                entry.set("inDocument", CorpusJson.document(dsg, doc));
                entry.put("occurrences", row.getLiteral("n").getLong());
                entry.set("roles", labels.nodes(roles.getOrDefault(doc, List.of())));
                // a translation shares its original's date, so both versions are the first occurrence
                entry.put("firstOccurrence", issued != null && issued.equals(firstDate));
                latestDate = issued == null ? latestDate : issued;
            }
            markLatest(timeline, latestDate);
            if (firstDate != null) {
                b.put("firstUse", firstDate);
                b.put("latestUse", latestDate);
            }
            return b;
        });
        if (body == null) {
            throw HttpProblem.notFound("No concept or formulation " + id
                    + " in the schemes or the documents; GET /api/concepts lists the concepts.");
        }
        if (TimelineCsv.wanted(ctx)) {
            TimelineCsv.write(ctx, id, body);
        } else {
            JsonLd.write(ctx, body);
        }
    }

    private static void markLatest(ArrayNode timeline, String latestDate) {
        for (var entry : timeline) {
            var issued = entry.get("inDocument").get("issued");
            ((ObjectNode) entry)
                    .put("latestOccurrence", issued != null && issued.asText().equals(latestDate));
        }
    }

    /** The first namespace in which the id names a scheme concept or something a document uses. */
    private static String resolveConcept(DatasetGraph dsg, String id) {
        if (!SourceText.isValidId(id)) {
            return null;
        }
        for (String ns : CONCEPT_NAMESPACES) {
            if (StatementJson.select(dsg, KNOWN, ns + id).iterator().hasNext()) {
                return ns + id;
            }
        }
        return null;
    }

    private void compare(Context ctx) {
        String a = ctx.queryParam("a");
        String b = ctx.queryParam("b");
        if (a == null || a.isBlank() || b == null || b.isBlank()) {
            throw HttpProblem.badRequest("GET /api/compare needs two document ids: ?a=ID&b=ID.");
        }
        String iriA = iris.document(a);
        String iriB = iris.document(b);
        ObjectNode body = store.readForQueries(dsg -> {
            for (String[] d : new String[][] {{a, iriA}, {b, iriB}}) {
                if (!SourceText.isValidId(d[0])
                        || !StatementJson.select(dsg, IS_DOCUMENT, d[1])
                                .iterator()
                                .hasNext()) {
                    throw HttpProblem.notFound("No document " + d[0] + "; GET /api/documents lists them.");
                }
            }
            ObjectNode o = JsonLd.object();
            o.put("type", "pkg:Comparison");
            o.set("documentA", CorpusJson.document(dsg, iriA));
            o.set("documentB", CorpusJson.document(dsg, iriB));
            split(dsg, o, column(dsg, CONCEPTS_OF, iriA), column(dsg, CONCEPTS_OF, iriB), "Concepts");
            o.set("roleDifferences", roleDifferences(dsg, iriA, iriB));
            split(dsg, o, column(dsg, FORMULATIONS_OF, iriA), column(dsg, FORMULATIONS_OF, iriB), "Formulations");
            return o;
        });
        JsonLd.write(ctx, body);
    }

    /** sharedX, xOnlyInA and xOnlyInB, each sorted by IRI. */
    private static void split(DatasetGraph dsg, ObjectNode o, Set<String> inA, Set<String> inB, String what) {
        Set<String> shared = new TreeSet<>(inA);
        shared.retainAll(inB);
        Set<String> onlyA = new TreeSet<>(inA);
        onlyA.removeAll(inB);
        Set<String> onlyB = new TreeSet<>(inB);
        onlyB.removeAll(inA);
        String lower = what.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + what.substring(1);
        o.set("shared" + what, CorpusJson.labelled(dsg, shared));
        o.set(lower + "OnlyInA", CorpusJson.labelled(dsg, onlyA));
        o.set(lower + "OnlyInB", CorpusJson.labelled(dsg, onlyB));
    }

    /** Concepts that both documents assign roles to, or either does, where the two sets of roles differ. */
    private static ArrayNode roleDifferences(DatasetGraph dsg, String a, String b) {
        Map<String, List<String>> rolesA = new LinkedHashMap<>();
        Map<String, List<String>> rolesB = new LinkedHashMap<>();
        CorpusJson.collect(StatementJson.select(dsg, ROLES_IN, a), "c", "role", rolesA);
        CorpusJson.collect(StatementJson.select(dsg, ROLES_IN, b), "c", "role", rolesB);
        Set<String> both = new TreeSet<>(column(dsg, CONCEPTS_OF, a));
        both.retainAll(column(dsg, CONCEPTS_OF, b));
        ArrayNode out = JsonLd.JSON.createArrayNode();
        Labels labels = new Labels(dsg);
        for (String c : both) {
            Set<String> ra = new TreeSet<>(rolesA.getOrDefault(c, List.of()));
            Set<String> rb = new TreeSet<>(rolesB.getOrDefault(c, List.of()));
            if (!Objects.equals(ra, rb)) {
                ObjectNode d = out.addObject();
                d.set("concept", CorpusJson.labelled(dsg, c));
                d.set("rolesInA", labels.nodes(ra));
                d.set("rolesInB", labels.nodes(rb));
            }
        }
        return out;
    }

    private static Set<String> column(DatasetGraph dsg, String query, String focus) {
        Set<String> out = new TreeSet<>();
        List<QuerySolution> rows = new ArrayList<>();
        StatementJson.select(dsg, query, focus).forEach(rows::add);
        rows.forEach(r -> out.add(r.getResource("c").getURI()));
        return out;
    }
}
