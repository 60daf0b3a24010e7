package org.policykg.web;

/**
 * The navigation bar every page carries (the UI's pages, Swagger UI and the Linked Data pages), kept
 * here once: a page's file holds {@value #PLACE} where the bar goes, filled when the page is read.
 */
public final class SiteHeader {
    /** Where a page's file wants the bar. */
    public static final String PLACE = "<!-- site header -->";

    private static final String[][] LINKS = {
        {"/", "Documents and concepts"},
        {"/query", "Query"},
        {"/graph", "Graph"},
        {"/candidates", "Candidates"},
        {"/docs", "API"}
    };

    private SiteHeader() {}

    /**
     * The bar, the link to {@code current} marked as the page it is on (null: none; the UI's own
     * script marks its pages).
     */
    public static String html(String current) {
        StringBuilder html = new StringBuilder(1024)
                .append("<header class=\"site\">\n  <a class=\"brand\" href=\"/\">policy-kg</a>\n")
                .append("  <nav aria-label=\"Main\">\n    <ul>\n");
        for (String[] link : LINKS) {
            html.append("      <li><a href=\"")
                    .append(link[0])
                    .append(link[0].equals(current) ? "\" aria-current=\"page\">" : "\">")
                    .append(link[1])
                    .append("</a></li>\n");
        }
        return html.append("    </ul>\n  </nav>\n")
                .append("  <form class=\"search\" role=\"search\" action=\"/\" method=\"get\">\n")
                .append("    <input type=\"search\" name=\"q\" aria-label=\"Search sentences and labels\"")
                .append(" placeholder=\"Search: English, 中文, pinyin\">\n")
                .append("    <button type=\"submit\">Search</button>\n  </form>\n</header>\n")
                .toString();
    }

    /** The page with the bar in its place. */
    public static String fill(String page, String current) {
        if (!page.contains(PLACE)) {
            throw new IllegalStateException("a page without " + PLACE);
        }
        return page.replace(PLACE, html(current));
    }
}
