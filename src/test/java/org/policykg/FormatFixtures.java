package org.policykg;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Documents in real formats made in the test itself from {@link RegisterTexts}' invented sentences: a
 * PDF with a text layer (hard-wrapped, as printed), a scanned-looking PDF (an image, no text), an
 * encrypted PDF, and HTML pages with and without a main text among their page furniture.
 */
public final class FormatFixtures {
    /** Characters per printed line: the paragraphs wrap, as in a printed PDF. */
    private static final int LINE_WIDTH = 70;

    private FormatFixtures() {}

    /** {@link RegisterTexts#PARAGRAPHS} printed on one A4 page, lines hard-wrapped, a gap between paragraphs. */
    public static byte[] textPdf() {
        try (PDDocument pdf = printed()) {
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text PDF, opened only with the password "user-secret". */
    public static byte[] encryptedPdf() {
        try (PDDocument pdf = printed()) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page holding an image of grey bars, as a scanner makes: no text layer. */
    public static byte[] imagePdf() {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scan.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.DARK_GRAY);
            for (int y = 10; y < 100; y += 15) {
                g.fillRect(10, y, 180, 6);
            }
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, 50, 500, 400, 200);
            }
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link RegisterTexts#PARAGRAPHS} as an article, among navigation, a header, a footer and scripts. */
    public static String articlePage() {
        StringBuilder article = new StringBuilder();
        for (String p : RegisterTexts.PARAGRAPHS) {
            article.append("      <p>").append(p).append("</p>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><title>Notice on security work</title>
                <script>var tracker = "window.dataLayer must not be read";</script>
                <style>body { font-family: serif }</style></head>
                <body>
                  <header><a href="/">Home</a> | Provincial Gazette Online</header>
                  <nav><ul><li>Politics</li><li>Economy</li><li>Contact us</li></ul></nav>
                  <main>
                    <article>
                      <h1>Notice on security work</h1>
                %s    </article>
                    <aside>Related: weather forecast for the week</aside>
                  </main>
                  <footer>Copyright Provincial Gazette. All rights reserved.</footer>
                  <script>console.log("footer script");</script>
                </body>
                </html>
                """.formatted(article);
    }

    /** A page of navigation, a header, a footer and scripts around nothing. */
    public static String furnitureOnlyPage() {
        return """
                <!DOCTYPE html>
                <html><head><title>Index</title><script>var x = "no text here";</script></head>
                <body>
                  <header>Provincial Gazette Online</header>
                  <nav><a href="/a">Politics</a> <a href="/b">Economy</a></nav>
                  <main><script>document.write("loaded later");</script></main>
                  <footer>Copyright Provincial Gazette</footer>
                </body></html>
                """;
    }

    private static PDDocument printed() throws IOException {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.beginText();
            content.setFont(font, 11);
            content.newLineAtOffset(60, 780);
            for (String paragraph : RegisterTexts.PARAGRAPHS) {
                for (String line : wrap(paragraph)) {
                    content.showText(line);
                    content.newLineAtOffset(0, -14);
                }
                content.newLineAtOffset(0, -14); // a gap between paragraphs
            }
            content.endText();
        }
        return pdf;
    }

    /** The lines a paragraph is printed on. */
    public static List<String> wrap(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }
}
