package org.policykg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.policykg.ingest.DocumentIngest.RejectedTextException;
import org.policykg.ingest.DocumentIngest.RejectedTextException.Reason;

/**
 * The main text of an HTML page, by jsoup: the page's {@code <main>} (or its longest
 * {@code <article>}, else its body), without navigation, page headers and footers, asides, forms and
 * scripts; headings, paragraphs and list items on lines of their own, paragraphs apart by a blank
 * line, so the extractor sees the structure a reader does.
 */
final class HtmlText {
    /** Never text: code, styling, embedded objects, controls. */
    private static final String NEVER_TEXT =
            "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, "
                    + "textarea, [hidden], [aria-hidden=true]";

    /** Page furniture around the main text, wherever it stands. */
    private static final String FURNITURE = "nav, aside, dialog, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=search], [role=dialog]";

    /** Elements after which a line ends. */
    private static final Set<String> LINES = Set.of("br", "li", "dt", "dd", "tr", "caption", "figcaption");

    /** Elements that stand apart from their neighbours by a blank line. */
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "ul",
            "ol",
            "dl",
            "table",
            "figure",
            "address",
            "hr",
            "center");

    private HtmlText() {}

    /**
     * @param charset the charset the client named, or null to take the page's own (a BOM, a
     *     {@code <meta charset>}), else UTF-8
     * @throws RejectedTextException when no main text is left
     */
    static String of(byte[] bytes, String charset) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), charset, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail to read
        }
        page.select(NEVER_TEXT).remove();
        page.select(FURNITURE).remove();
        Element main = main(page);
        if (main == page.body()) {
            // a page without <main> or <article>: its own header and footer are furniture
            main.select("header, footer").remove();
        }
        String text = text(main);
        if (!PdfText.hasLetters(text)) {
            throw new RejectedTextException(
                    Reason.NO_MAIN_TEXT,
                    "The HTML page has no main text once navigation, headers, footers and scripts are set aside.");
        }
        return text;
    }

    private static Element main(Document page) {
        Elements main = page.select("main, [role=main]");
        if (!main.isEmpty()) {
            return main.first();
        }
        Element article = page.select("article").stream()
                .max(Comparator.comparingInt((Element a) -> a.text().length()))
                .orElse(null);
        return article != null ? article : page.body();
    }

    /** Text with whitespace collapsed as a browser does, and line breaks where the blocks are. */
    private static String text(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode t) {
                            String s = node.parentNode() instanceof Element e
                                            && e.normalName().equals("pre")
                                    ? t.getWholeText()
                                    : t.text();
                            if (!s.isBlank() && out.length() > 0 && endsInSpace(out) && s.charAt(0) == ' ') {
                                s = s.substring(1);
                            }
                            if (!s.isEmpty() && !(s.isBlank() && (out.length() == 0 || endsInSpace(out)))) {
                                out.append(s);
                            }
                        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                            breakLines(out, 2);
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e) {
                            if (BLOCKS.contains(e.normalName())) {
                                breakLines(out, 2);
                            } else if (LINES.contains(e.normalName())) {
                                breakLines(out, 1);
                            }
                        }
                    }
                },
                root);
        return out.toString().strip() + "\n";
    }

    private static boolean endsInSpace(StringBuilder out) {
        char c = out.charAt(out.length() - 1);
        return c == ' ' || c == '\n';
    }

    /** Ends the text with {@code n} line breaks (no more), dropping spaces before them. */
    private static void breakLines(StringBuilder out, int n) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        if (out.length() == 0) {
            return;
        }
        int have = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
            have++;
        }
        for (int i = have; i < n; i++) {
            out.append('\n');
        }
    }
}
