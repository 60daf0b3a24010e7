package org.policykg.web.ld;

import org.policykg.vocab.PKG;
import org.policykg.web.ui.UiRoutes;

/**
 * The timeline chart on the Linked Data page of a scheme concept or a formulation, and its wording
 * in English beside Chinese: a container the UI's timeline script fills from the API. Those pages
 * carry the UI's Content-Security-Policy (scripts from this server only); every other page keeps
 * {@link HtmlPage#CSP}, which allows no script.
 */
final class ChartSection {
    private ChartSection() {}

    /** The concept's or formulation's id when the IRI names one directly, else null. */
    static String idOf(String iri) {
        for (String ns : new String[] {PKG.CONCEPT_NS, PKG.FORMULATION_NS}) {
            if (iri.startsWith(ns)) {
                String id = iri.substring(ns.length());
                return id.isEmpty() || id.contains("/") || id.equals("scheme") ? null : id;
            }
        }
        return null;
    }

    static String contentSecurityPolicy(String iri) {
        return idOf(iri) == null ? HtmlPage.CSP : UiRoutes.CONTENT_SECURITY_POLICY;
    }

    /** The section's markup, or "" for a page without a chart. */
    static String html(String iri) {
        String id = idOf(iri);
        if (id == null) {
            return "";
        }
        String escaped = HtmlPage.escape(id);
        return "<h2>Timeline</h2>\n<div id=\"timeline-chart\" class=\"chart\" role=\"img\" aria-label=\"Timeline chart\""
                + " data-concept=\"" + escaped + "\"></div>\n"
                + "<section id=\"wording\" data-concept=\"" + escaped + "\" hidden>\n"
                + "<h2>Wording in each work: English beside Chinese</h2>\n"
                + "<table id=\"wording-table\"><thead><tr><th>Work</th><th>Role</th><th>English</th>"
                + "<th lang=\"zh\">中文</th><th>Alignment</th></tr></thead><tbody></tbody></table>\n</section>\n";
    }

    /** The scripts that draw the section, for the end of the body. */
    static String scripts(String iri) {
        if (idOf(iri) == null) {
            return "";
        }
        return "<script src=\"/assets/vendor/echarts/5.3.1/dist/echarts.min.js\"></script>\n"
                + "<script src=\"/assets/timeline-chart.js\"></script>\n"
                + "<script src=\"/assets/timeline-page.js\"></script>\n"
                + "<script src=\"/assets/concept-wording.js\"></script>\n";
    }
}
