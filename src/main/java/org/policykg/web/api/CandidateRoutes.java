package org.policykg.web.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.policykg.curation.CandidateKind;
import org.policykg.curation.CandidateRanking;
import org.policykg.curation.Curator;
import org.policykg.store.GraphStore;
import org.policykg.vocab.Iris;
import org.policykg.vocab.PKG;
import org.policykg.vocab.Vocab;
import org.policykg.web.AdminAuth;
import org.policykg.web.HttpProblem;

/**
 * The curator's loop: {@code GET /api/candidates} ranks the candidate concepts or roles the
 * documents use, {@code POST /api/candidates/{kind}/{slug}/accept|merge|reject} (admin token) decides
 * about one, and {@code GET /api/candidates/decisions} lists the decisions made. Who decides is the
 * request's {@code author} field, else its {@code From} header (RFC 9110), else "admin": the admin
 * token is one secret shared by the curators, and names nobody.
 */
public final class CandidateRoutes {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    /** A decision's body is a few labels: anything longer is no decision. */
    private static final int MAX_BODY_BYTES = 16 * 1024;

    private final GraphStore store;
    private final AdminAuth auth;
    private final Iris iris;
    private final Curator curator;

    public CandidateRoutes(GraphStore store, AdminAuth auth, String base) {
        this.store = store;
        this.auth = auth;
        this.iris = new Iris(base);
        this.curator = new Curator(store, iris);
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/candidates", this::list);
        routes.get("/api/candidates/decisions", this::decisions);
        routes.post("/api/candidates/{kind}/{slug}/accept", ctx -> decide(ctx, "accept"));
        routes.post("/api/candidates/{kind}/{slug}/merge", ctx -> decide(ctx, "merge"));
        routes.post("/api/candidates/{kind}/{slug}/reject", ctx -> decide(ctx, "reject"));
    }

    private void list(Context ctx) {
        String kindParam = ctx.queryParam("kind") == null ? "concept" : ctx.queryParam("kind");
        CandidateKind kind = CandidateKind.of(kindParam)
                .orElseThrow(
                        () -> HttpProblem.badRequest("kind must be 'concept' or 'role', not '" + kindParam + "'."));
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        List<CandidateRanking.Candidate> ranked = store.readForQueries(dsg -> CandidateRanking.rank(dsg, iris, kind));
        ObjectNode body = JsonLd.object();
        body.put("kind", kind.id());
        body.put("total", ranked.size());
        body.put("offset", offset);
        body.put("limit", limit);
        ArrayNode candidates = body.putArray("candidates");
        ranked.stream().skip(offset).limit(limit).forEach(c -> candidates.add(json(kind, c)));
        JsonLd.write(ctx, body);
    }

    private static ObjectNode json(CandidateKind kind, CandidateRanking.Candidate c) {
        ObjectNode o = JsonLd.JSON.createObjectNode();
        o.put("id", c.iri());
        o.put("type", kind == CandidateKind.ROLE ? "pkg:CandidateRole" : "pkg:CandidateConcept");
        o.put("kind", kind.id());
        o.put("slug", c.slug());
        for (Node label : c.labels()) {
            JsonLd.addToLanguageMap(o, "prefLabel", label, false);
        }
        o.put("documentCount", c.documents());
        o.put("statementCount", c.statements());
        ArrayNode examples = o.putArray("examples");
        for (CandidateRanking.Example e : c.examples()) {
            ObjectNode x = examples.addObject();
            x.put("statement", e.statement());
            x.put("document", e.document());
            if (e.quote() != null) {
                x.put("exact", e.quote());
            }
        }
        String actions = "/api/candidates/" + kind.id() + "/" + c.slug() + "/";
        o.putObject("actions")
                .put("accept", actions + "accept")
                .put("merge", actions + "merge")
                .put("reject", actions + "reject");
        return o;
    }

    private void decisions(Context ctx) {
        ObjectNode body = JsonLd.object();
        ArrayNode list = body.putArray("decisions");
        Node graph = NodeFactory.createURI(iris.curationGraph());
        store.readForQueries(dsg -> {
            for (Quad q : Iter.toList(dsg.find(graph, Node.ANY, RDF.type.asNode(), PKG.CurationDecision.asNode()))) {
                Node d = q.getSubject();
                ObjectNode o = list.addObject();
                o.put("id", d.getURI());
                for (Node type : List.of(PKG.Acceptance.asNode(), PKG.Merge.asNode(), PKG.Rejection.asNode())) {
                    if (dsg.contains(graph, d, RDF.type.asNode(), type)) {
                        o.put("type", "pkg:" + type.getLocalName());
                    }
                }
                one(dsg.find(graph, d, Vocab.used.asNode(), Node.ANY), o, "candidate");
                one(dsg.find(graph, d, PKG.curatedInto.asNode(), Node.ANY), o, "curatedInto");
                Node agent = first(dsg.find(graph, d, Vocab.wasAssociatedWith.asNode(), Node.ANY));
                if (agent != null) {
                    o.put("author", agent.getURI());
                    one(dsg.find(graph, agent, Vocab.name.asNode(), Node.ANY), o, "authorName");
                }
                one(dsg.find(graph, d, Vocab.endedAtTime.asNode(), Node.ANY), o, "endedAtTime");
            }
            return null;
        });
        // the latest first, as a curator reads a log
        List<JsonNode> sorted = new java.util.ArrayList<>();
        list.forEach(sorted::add);
        sorted.sort((a, b) ->
                b.path("endedAtTime").asText().compareTo(a.path("endedAtTime").asText()));
        list.removeAll();
        list.addAll(sorted);
        JsonLd.write(ctx, body);
    }

    private static Node first(java.util.Iterator<Quad> quads) {
        return quads.hasNext() ? quads.next().getObject() : null;
    }

    private static void one(java.util.Iterator<Quad> quads, ObjectNode o, String key) {
        Node n = first(quads);
        if (n != null) {
            o.put(key, n.isURI() ? n.getURI() : n.getLiteralLexicalForm());
        }
    }

    private void decide(Context ctx, String action) {
        auth.require(ctx);
        CandidateKind kind = CandidateKind.of(ctx.pathParam("kind"))
                .orElseThrow(() -> HttpProblem.notFound(
                        "No kind of candidate '" + ctx.pathParam("kind") + "': 'concept' or 'role'."));
        String slug = ctx.pathParam("slug");
        JsonNode body = body(ctx, !action.equals("reject"));
        Curator.Request request = switch (action) {
            case "accept" ->
                new Curator.Accept(
                        text(body, "id"), text(body, "labelEn"), text(body, "labelZh"), text(body, "broader"));
            case "merge" -> {
                String into = text(body, "into");
                if (into == null || into.isBlank()) {
                    throw HttpProblem.unprocessable("merge needs the member to merge into: {\"into\": \"ID\"}.");
                }
                yield new Curator.Merge(into);
            }
            default -> new Curator.Reject();
        };
        String author = text(body, "author");
        if (author == null) {
            author = ctx.header("From") != null ? ctx.header("From") : "admin";
        }
        Curator.Outcome outcome;
        try {
            outcome = curator.decide(kind, slug, request, author);
        } catch (Curator.CurationException e) {
            throw switch (e.reason()) {
                case UNKNOWN -> HttpProblem.notFound(e.getMessage());
                case DECIDED, TAKEN -> HttpProblem.conflict(e.getMessage());
                case INVALID -> HttpProblem.unprocessable(e.getMessage());
            };
        }
        ObjectNode o = JsonLd.object();
        o.put("id", outcome.decision());
        o.put("type", "pkg:" + outcome.type());
        o.put("candidate", outcome.candidate());
        if (outcome.member() != null) {
            o.put("curatedInto", outcome.member());
        }
        o.put("authorName", outcome.author());
        o.put("endedAtTime", outcome.time().toString());
        o.put("documentCount", outcome.documents());
        o.put("statementCount", outcome.statements());
        if (action.equals("accept")) {
            String member = outcome.member();
            ctx.status(201);
            ctx.header(
                    "Location",
                    kind == CandidateKind.CONCEPT
                            ? "/api/concepts/" + member.substring(PKG.CONCEPT_NS.length())
                            : "/role/" + member.substring(PKG.ROLE_NS.length()));
        }
        JsonLd.write(ctx, o);
    }

    /** The JSON object of the body; an empty body is an empty object where the action needs none. */
    private static JsonNode body(Context ctx, boolean needed) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > MAX_BODY_BYTES) {
            throw HttpProblem.contentTooLarge("A decision's body takes at most " + MAX_BODY_BYTES + " bytes.");
        }
        if (bytes.length == 0 && !needed) {
            return JsonLd.JSON.createObjectNode();
        }
        String type = ctx.contentType() == null
                ? ""
                : ctx.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json")) {
            throw HttpProblem.unsupportedMediaType("A decision's body is application/json.");
        }
        try {
            JsonNode node = JsonLd.JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw HttpProblem.badRequest("The body must be a JSON object.");
            }
            return node;
        } catch (JacksonException e) {
            throw HttpProblem.badRequest("The body is not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw HttpProblem.badRequest("The body cannot be read: " + e.getMessage());
        }
    }

    /** A string field, or null when absent; any other JSON type is refused. */
    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw HttpProblem.unprocessable(field + " must be a string.");
        }
        return v.asText();
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest(
                    name + " must be a whole number from " + min + " to " + max + ", not '" + v + "'.");
        }
    }
}
