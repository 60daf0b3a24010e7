package org.policykg.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policykg.extract.SourceText;
import org.policykg.store.GraphStore;
import org.policykg.vocab.Iris;
import org.policykg.vocab.PKG;
import org.policykg.web.HttpProblem;

/**
 * Originals beside translations: {@code GET /api/documents/{id}/alignment} (the sentence links
 * between a document and another language version of its work, with method and score, and the
 * statements both versions make or only one does) and {@code GET /api/concepts/{id}/wording} (for
 * each work, the English words that assign the concept a role beside the aligned Chinese words).
 */
public final class AlignmentRoutes {
    private static final String IS_DOCUMENT = "SELECT ?d WHERE { BIND(?focus AS ?d) ?d a pkg:PolicyDocument } LIMIT 1";
    /** Other versions of the document's work that an alignment links it with, in IRI order. */
    private static final String TRANSLATIONS = """
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            SELECT DISTINCT ?other WHERE {
              ?focus eli:realizes ?work . ?other eli:realizes ?work ; a pkg:PolicyDocument .
              FILTER(?other != ?focus)
              FILTER EXISTS { ?a pkg:alignedSentence ?s , ?t . ?s pkg:inDocument ?focus . ?t pkg:inDocument ?other }
            } ORDER BY ?other
            """;

    private static final String LINKS = """
            SELECT DISTINCT ?a ?method ?score ?s ?doc ?index ?text WHERE {
              ?a a pkg:SentenceAlignment ; pkg:alignedSentence ?mine , ?s ;
                 pkg:alignmentMethod ?method ; pkg:alignmentScore ?score .
              ?mine pkg:inDocument ?focus .
              ?s pkg:inDocument ?doc ; pkg:index ?index ; pkg:text ?text .
              FILTER(?doc = ?focus || ?doc = ?other)
            } ORDER BY ?a ?doc ?index
            """;
    private static final String AGREEMENTS = """
            SELECT ?st ?with WHERE {
              ?st pkg:inDocument ?focus ; pkg:agreesWith ?with . ?with pkg:inDocument ?other .
            } ORDER BY ?st ?with
            """;
    private static final String ONE_LANGUAGE = """
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?st ?kind ?words WHERE {
              ?st pkg:inDocument ?focus ; pkg:notFoundIn ?other ; a ?kind .
              FILTER(STRSTARTS(STR(?kind), STR(pkg:)))
              OPTIONAL { ?st pkg:evidence/oa:hasSelector/oa:exact ?words }
            } ORDER BY ?st
            """;
    private static final String IS_CONCEPT = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?s WHERE { ?focus skos:inScheme ?s } LIMIT 1
            """;
    /** queries/translation-role-wording.rq for one concept, with the work and the English sentence. */
    private static final String WORDING = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT DISTINCT ?english ?chinese ?work ?statement ?role ?englishWords ?englishSentence
                            ?chineseWords ?chineseSentence ?method ?score WHERE {
              ?statement a pkg:RoleAssignment ; pkg:concept ?focus ; pkg:role ?role ;
                         pkg:inDocument ?english ; pkg:inSentence ?enSentence .
              ?english dcterms:language "en" .
              ?alignment a pkg:SentenceAlignment ; pkg:alignedSentence ?enSentence , ?zhSentence ;
                         pkg:alignmentMethod ?method ; pkg:alignmentScore ?score .
              ?zhSentence pkg:inDocument ?chinese ; pkg:text ?chineseSentence .
              ?chinese dcterms:language ?zh . FILTER(STRSTARTS(?zh, "zh"))
              ?enSentence pkg:text ?englishSentence .
              ?statement pkg:evidence/oa:hasSelector/oa:exact ?englishWords .
              OPTIONAL { ?english eli:realizes ?work }
              OPTIONAL {
                ?statement pkg:agreesWith ?agreeing .
                ?agreeing pkg:inDocument ?chinese ; pkg:evidence/oa:hasSelector/oa:exact ?chineseWords .
              }
            } ORDER BY ?work ?english ?chinese ?statement ?chineseSentence
            """;

    private final GraphStore store;
    private final Iris iris;

    /** @param base the data namespace under which document IRIs are minted */
    public AlignmentRoutes(GraphStore store, String base) {
        this.store = store;
        this.iris = new Iris(base);
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/documents/{id}/alignment", this::alignment);
        routes.get("/api/concepts/{id}/wording", this::wording);
    }

    private void alignment(Context ctx) {
        String id = ctx.pathParam("id");
        String with = ctx.queryParam("with");
        ObjectNode body = store.readForQueries(dsg -> {
            String iri = iris.document(id);
            if (!isDocument(dsg, id)) {
                throw HttpProblem.notFound("No document " + id + "; GET /api/documents lists them.");
            }
            List<String> translations = new ArrayList<>();
            StatementJson.select(dsg, TRANSLATIONS, iri)
                    .forEach(r -> translations.add(r.getResource("other").getURI()));
            ObjectNode b = JsonLd.object();
            b.put("id", iri);
            b.put("type", "pkg:DocumentAlignment");
            b.set("document", CorpusJson.document(dsg, iri));
            ArrayNode offered = b.putArray("translations");
            translations.forEach(t -> offered.add(CorpusJson.document(dsg, t)));
            String other = with == null ? (translations.isEmpty() ? null : translations.get(0)) : iris.document(with);
            if (with != null && !translations.contains(other)) {
                throw HttpProblem.notFound("No alignment of " + id + " with " + with
                        + "; the document's translations are listed without ?with.");
            }
            if (other != null) {
                b.set("alignedWith", CorpusJson.document(dsg, other));
                b.set("alignments", links(dsg, iri, other));
                b.set("agreements", agreements(dsg, iri, other));
                b.set("onlyInThis", oneLanguage(dsg, iri, other));
                b.set("onlyInOther", oneLanguage(dsg, other, iri));
            }
            return b;
        });
        JsonLd.write(ctx, body);
    }

    private boolean isDocument(DatasetGraph dsg, String id) {
        return SourceText.isValidId(id)
                && StatementJson.select(dsg, IS_DOCUMENT, iris.document(id))
                        .iterator()
                        .hasNext();
    }

    /** The sentence links in the order of the document's sentences, each with both sides' sentences. */
    private static ArrayNode links(DatasetGraph dsg, String iri, String other) {
        Map<String, ObjectNode> byIri = new LinkedHashMap<>();
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        for (QuerySolution row : StatementJson.select(dsg, LINKS, iri, other)) {
            String a = row.getResource("a").getURI();
            ObjectNode link = byIri.computeIfAbsent(a, k -> {
                ObjectNode n = JsonLd.JSON.createObjectNode();
                n.put("id", k);
                n.put("type", "pkg:SentenceAlignment");
                n.put("alignmentMethod", row.getLiteral("method").getLexicalForm());
                n.put("alignmentScore", row.getLiteral("score").getLexicalForm());
                n.putArray("sentencesOfThis");
                n.putArray("sentencesOfOther");
                return n;
            });
            boolean mine = row.getResource("doc").getURI().equals(iri);
            int index = row.getLiteral("index").getInt();
            ObjectNode s = ((ArrayNode) link.get(mine ? "sentencesOfThis" : "sentencesOfOther")).addObject();
            s.put("id", row.getResource("s").getURI());
            s.put("index", index);
            s.put("sentenceText", row.getLiteral("text").getLexicalForm());
            if (mine) {
                firstIndex.merge(a, index, Math::min);
            }
        }
        ArrayNode out = JsonLd.JSON.createArrayNode();
        byIri.keySet().stream()
                .sorted(Comparator.comparing(a -> firstIndex.getOrDefault(a, Integer.MAX_VALUE)))
                .forEach(a -> out.add(byIri.get(a)));
        return out;
    }

    /** Each statement of the document with the statements of the other that say the same. */
    private static ArrayNode agreements(DatasetGraph dsg, String iri, String other) {
        Map<String, ArrayNode> byStatement = new LinkedHashMap<>();
        ArrayNode out = JsonLd.JSON.createArrayNode();
        for (QuerySolution row : StatementJson.select(dsg, AGREEMENTS, iri, other)) {
            byStatement
                    .computeIfAbsent(
                            row.getResource("st").getURI(),
                            k -> out.addObject().put("id", k).putArray("agreesWith"))
                    .add(row.getResource("with").getURI());
        }
        return out;
    }

    /** The document's statements, in aligned sentences, that the other's aligned sentences do not make. */
    private static ArrayNode oneLanguage(DatasetGraph dsg, String iri, String other) {
        Map<String, ObjectNode> byStatement = new LinkedHashMap<>();
        for (QuerySolution row : StatementJson.select(dsg, ONE_LANGUAGE, iri, other)) {
            ObjectNode st = byStatement.computeIfAbsent(
                    row.getResource("st").getURI(),
                    k -> JsonLd.JSON.createObjectNode().put("id", k).put("notFoundIn", other));
            if (!st.has("type")
                    || row.getResource("kind")
                                    .getLocalName()
                                    .compareTo(st.get("type").asText())
                            < 0) {
                st.put("type", "pkg:" + row.getResource("kind").getLocalName());
            }
            if (row.contains("words")) {
                st.put("exact", row.getLiteral("words").getLexicalForm());
            }
        }
        ArrayNode out = JsonLd.JSON.createArrayNode();
        byStatement.values().forEach(out::add);
        return out;
    }

    private void wording(Context ctx) {
        String id = ctx.pathParam("id");
        String iri = PKG.CONCEPT_NS + id;
        ObjectNode body = store.readForQueries(dsg -> {
            if (!SourceText.isValidId(id)
                    || !StatementJson.select(dsg, IS_CONCEPT, iri).iterator().hasNext()) {
                return null;
            }
            ObjectNode b = JsonLd.object();
            b.setAll(CorpusJson.labelled(dsg, iri));
            b.put("type", "skos:Concept");
            Labels labels = new Labels(dsg);
            Map<String, ObjectNode> works = new LinkedHashMap<>();
            ArrayNode list = b.putArray("works");
            for (QuerySolution row : StatementJson.select(dsg, WORDING, iri)) {
                String english = row.getResource("english").getURI();
                String chinese = row.getResource("chinese").getURI();
                ObjectNode work = works.computeIfAbsent(english + " " + chinese, k -> {
                    ObjectNode w = list.addObject();
                    if (row.contains("work")) {
                        w.put("id", row.getResource("work").getURI());
                    }
                    w.put("type", "pkg:Work");
                    w.set("englishVersion", CorpusJson.document(dsg, english));
                    w.set("chineseVersion", CorpusJson.document(dsg, chinese));
                    w.putArray("wordings");
                    return w;
                });
                ObjectNode wording = ((ArrayNode) work.get("wordings")).addObject();
                wording.put("statement", row.getResource("statement").getURI());
                wording.set(
                        "role",
                        labels.nodes(List.of(row.getResource("role").getURI())).get(0));
                wording.put("englishWords", row.getLiteral("englishWords").getLexicalForm());
                wording.put("englishSentence", row.getLiteral("englishSentence").getLexicalForm());
                if (row.contains("chineseWords")) {
                    wording.put("chineseWords", row.getLiteral("chineseWords").getLexicalForm());
                }
                wording.put("chineseSentence", row.getLiteral("chineseSentence").getLexicalForm());
                wording.put("alignmentMethod", row.getLiteral("method").getLexicalForm());
                wording.put("alignmentScore", row.getLiteral("score").getLexicalForm());
            }
            return b;
        });
        if (body == null) {
            throw HttpProblem.notFound("No concept " + id + " in the scheme; GET /api/concepts lists them.");
        }
        JsonLd.write(ctx, body);
    }
}
