package org.policykg.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.policykg.FormatFixtures;
import org.policykg.TestData;
import org.policykg.extract.Metadata;
import org.policykg.ingest.DocumentIngest;
import org.policykg.ingest.SeedLoader;
import org.policykg.ingest.SourceFiles;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.vocab.PKG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest rate of the whole shipped corpus (the seed essay and the development corpus), in
 * documents per second: parsing alone for PDF (PDFBox) and HTML (jsoup), and ingest end to end
 * (parse, extract, validate, write into an in-memory TDB2 store in one transaction) from plain text,
 * HTML and PDF. The PDF and HTML files are made from the corpus texts (PDFs printed with a CJK
 * TrueType font, pages wrapped in navigation and footer) so that all three formats carry the same
 * words. Bounded: {@code rounds} timed rounds after one warm-up round.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt)
 * org.policykg.bench.IngestRateBenchmark [rounds] [font.ttc]}.
 */
public final class IngestRateBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(IngestRateBenchmark.class);
    private static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
    private static final int CJK_LINE = 36;

    private record Doc(String id, String text, Metadata metadata, byte[] html, byte[] pdf) {}

    private IngestRateBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path font = Path.of(args.length > 1 ? args[1] : FONT);
        List<Doc> corpus = corpus(font);
        long bytes = corpus.stream()
                .mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length)
                .sum();
        LOG.info("corpus: {} documents, {} bytes of text", corpus.size(), bytes);
        for (int round = 0; round <= rounds; round++) {
            boolean timed = round > 0;
            double pdf = rate(corpus.size(), () -> parseAll(corpus, true));
            double html = rate(corpus.size(), () -> parseAll(corpus, false));
            double fromText = ingestRate(corpus, Format.TEXT);
            double fromHtml = ingestRate(corpus, Format.HTML);
            double fromPdf = ingestRate(corpus, Format.PDF);
            LOG.info(
                    "{} {}: parse PDF {} docs/s, parse HTML {} docs/s; ingest from text {} docs/s,"
                            + " from HTML {} docs/s, from PDF {} docs/s",
                    timed ? "round" : "warm-up",
                    round,
                    fmt(pdf),
                    fmt(html),
                    fmt(fromText),
                    fmt(fromHtml),
                    fmt(fromPdf));
        }
    }

    private enum Format {
        TEXT,
        HTML,
        PDF
    }

    private interface Work {
        void run() throws IOException;
    }

    private static double rate(int documents, Work work) throws IOException {
        long start = System.nanoTime();
        work.run();
        return documents / ((System.nanoTime() - start) / 1e9);
    }

    private static String fmt(double rate) {
        return String.format(java.util.Locale.ROOT, "%.1f", rate);
    }

    private static void parseAll(List<Doc> corpus, boolean pdf) throws IOException {
        for (Doc d : corpus) {
            SourceFiles.convert(pdf ? d.pdf() : d.html(), null, d.id() + (pdf ? ".pdf" : ".html"));
        }
    }

    /**
     * The whole corpus in one batch (as a curator's upload of a folder) into a store that holds the
     * ontology; the store's making is not timed.
     */
    private static double ingestRate(List<Doc> corpus, Format format) throws IOException {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            new SeedLoader(TestData.PIPELINE, PKG.BASE).loadOntology(store);
            return rate(corpus.size(), () -> ingestAll(store, corpus, format));
        }
    }

    private static void ingestAll(Tdb2GraphStore store, List<Doc> corpus, Format format) throws IOException {
        List<DocumentIngest.Submission> batch = new ArrayList<>();
        for (Doc d : corpus) {
            String name = d.id()
                    + switch (format) {
                        case TEXT -> ".txt";
                        case HTML -> ".html";
                        case PDF -> ".pdf";
                    };
            SourceFiles.Converted c = switch (format) {
                case TEXT -> new SourceFiles.Converted(d.text(), null);
                case HTML -> SourceFiles.convert(d.html(), null, name);
                case PDF -> SourceFiles.convert(d.pdf(), null, name);
            };
            batch.add(new DocumentIngest.Submission(d.id(), name, c.text(), d.metadata(), c.original()));
        }
        new DocumentIngest(TestData.PIPELINE).ingestAll(store, batch);
    }

    private static List<Doc> corpus(Path font) throws IOException {
        List<Path> texts = new ArrayList<>(List.of(TestData.ESSAY));
        try (Stream<Path> files = Files.list(TestData.DEV_CORPUS)) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
        }
        List<Doc> out = new ArrayList<>();
        try (TrueTypeCollection fonts = new TrueTypeCollection(font.toFile())) {
            TrueTypeFont cjk = fonts.getFontByName("WenQuanYiZenHei");
            for (Path p : texts) {
                String text = Files.readString(p);
                String id = SourceFiles.idOf(p.getFileName().toString());
                out.add(new Doc(id, text, TestData.sidecar(p), html(text), pdf(text, cjk)));
            }
        }
        return out;
    }

    private static byte[] html(String text) {
        StringBuilder page =
                new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>"
                        + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><main>");
        for (String paragraph : text.split("\n")) {
            page.append("<p>")
                    .append(paragraph.replace("&", "&amp;").replace("<", "&lt;"))
                    .append("</p>");
        }
        return page.append("</main><footer>Copyright</footer></body></html>")
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The line with every character the font has no glyph for (tabs, no-break spaces) as a space. */
    private static String printable(String line, TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(c -> out.appendCodePoint(cmap.getGlyphId(c) == 0 ? ' ' : c));
        return out.toString();
    }

    /** The text printed on A4 pages, 50 lines a page, English wrapped at words and Chinese every 36 characters. */
    private static byte[] pdf(String text, TrueTypeFont cjk) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            if (paragraph.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                for (int i = 0; i < paragraph.length(); i += CJK_LINE) {
                    lines.add(paragraph.substring(i, Math.min(paragraph.length(), i + CJK_LINE)));
                }
            } else {
                lines.addAll(FormatFixtures.wrap(paragraph));
            }
            lines.add("");
        }
        try (PDDocument pdf = new PDDocument()) {
            PDType0Font font = PDType0Font.load(pdf, cjk, true);
            for (int from = 0; from < lines.size(); from += 50) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(50, 800);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + 50))) {
                        content.showText(printable(line, cjk));
                        content.newLineAtOffset(0, -15);
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }
}
