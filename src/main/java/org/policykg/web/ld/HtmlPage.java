package org.policykg.web.ld;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.vocab.PKG;
import org.policykg.vocab.Vocab;
import org.policykg.web.SiteHeader;

/**
 * The HTML view of a dereferenced IRI, in the UI's style and with its navigation bar: its label,
 * links to the UI's views of it (reader, graph, concept), and a table of its triples, every IRI a
 * link (ours to this server, so that they dereference here too). Everything is escaped; the page
 * has no script, and its Content-Security-Policy allows none, except a concept's or formulation's
 * page, whose timeline chart is drawn by the UI's scripts ({@link ChartSection}); its one form is the
 * bar's search.
 */
final class HtmlPage {
    static final String CSP =
            "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private HtmlPage() {}

    /** @param local maps one of our IRIs to its path on this server, or returns null for others */
    static String render(String iri, Graph g, Function<String, String> local) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Vocab.PREFIXES);
        Node focus = NodeFactory.createURI(iri);
        String title = label(g, focus).orElse(iri);
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(title))
                .append(" · policy-kg</title><link rel=\"stylesheet\" href=\"/assets/ui.css\"></head>\n<body>\n")
                .append(SiteHeader.html(null))
                .append("<main class=\"linked-data\">\n<h1>")
                .append(escape(title))
                .append("</h1>\n<p><code>")
                .append(escape(iri))
                .append("</code></p>\n")
                .append(views(iri, g, focus))
                .append(ChartSection.html(iri))
                .append(
                        "<table class=\"triples\">\n<thead><tr><th>subject</th><th>property</th><th>value</th></tr></thead>\n<tbody>\n");
        List<Triple> triples = g.find().toList().stream()
                // the focus first, then the nodes it nests (statements, evidence, sections) in IRI order
                .sorted(Comparator.comparing((Triple t) -> !t.getSubject().equals(focus))
                        .thenComparing(t -> t.getSubject().toString())
                        .thenComparing(t -> t.getPredicate().getURI())
                        .thenComparing(t -> t.getObject().toString()))
                .toList();
        for (Triple t : triples) {
            html.append("<tr><td>")
                    .append(cell(t.getSubject(), prefixes, local))
                    .append("</td><td>")
                    .append(cell(t.getPredicate(), prefixes, local))
                    .append("</td><td>")
                    .append(cell(t.getObject(), prefixes, local))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p>Also as Turtle, JSON-LD and N-Triples: ask with <code>Accept</code>.</p>\n")
                .append("</main>\n")
                .append(ChartSection.scripts(iri))
                .append("</body></html>\n");
        return html.toString();
    }

    /** Links to the UI's views of the resource: the reader for a document, the graph for anything, the API for a concept. */
    private static String views(String iri, Graph g, Node focus) {
        StringBuilder links = new StringBuilder("<p class=\"views\">");
        if (g.contains(focus, RDF.type.asNode(), PKG.PolicyDocument.asNode())) {
            String id = iri.substring(iri.lastIndexOf("/doc/") + "/doc/".length());
            links.append("<a href=\"/read/").append(escape(encode(id))).append("\">Read it</a> · ");
        }
        links.append("<a href=\"/graph?focus=").append(escape(encode(iri))).append("\">Graph</a>");
        if (iri.startsWith(PKG.CONCEPT_NS)
                && !iri.substring(PKG.CONCEPT_NS.length()).contains("/")) {
            String id = iri.substring(PKG.CONCEPT_NS.length());
            links.append(" · <a href=\"/api/concepts/")
                    .append(escape(encode(id)))
                    .append("\">Concept (JSON-LD)</a> · <a href=\"/api/concepts/")
                    .append(escape(encode(id)))
                    .append("/timeline\">Timeline (JSON-LD)</a>");
        }
        String charted = ChartSection.idOf(iri);
        if (charted != null) {
            links.append(" · <a href=\"/timeline/")
                    .append(escape(encode(charted)))
                    .append("\">Timeline chart</a>");
        }
        return links.append("</p>\n").toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Optional<String> label(Graph g, Node focus) {
        for (Node p : new Node[] {SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.title.asNode()}) {
            List<Triple> ts = g.find(focus, p, Node.ANY).toList();
            for (Triple t : ts) {
                if (t.getObject().isLiteral()
                        && t.getObject().getLiteralLanguage().startsWith("en")) {
                    return Optional.of(t.getObject().getLiteralLexicalForm());
                }
            }
            if (!ts.isEmpty() && ts.get(0).getObject().isLiteral()) {
                return Optional.of(ts.get(0).getObject().getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }

    private static String cell(Node n, PrefixMapping prefixes, Function<String, String> local) {
        if (n.isURI()) {
            String shown = prefixes.shortForm(n.getURI());
            String path = local.apply(n.getURI());
            String href = path != null ? path : n.getURI();
            if (!href.startsWith("/") && !href.startsWith("http://") && !href.startsWith("https://")) {
                return escape(shown); // no javascript: or other schemes as links
            }
            return "<a href=\"" + escape(href) + "\">" + escape(shown) + "</a>";
        }
        if (n.isBlank()) {
            return "_:" + escape(n.getBlankNodeLabel());
        }
        String lang = n.getLiteralLanguage();
        String text = escape(n.getLiteralLexicalForm());
        if (!lang.isEmpty()) {
            return "<span lang=\"" + escape(lang) + "\">" + text + "</span> <small>@" + escape(lang) + "</small>";
        }
        String dt = n.getLiteralDatatypeURI();
        return dt == null || dt.endsWith("#string")
                ? text
                : text + " <small>" + escape(prefixes.shortForm(dt)) + "</small>";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
