package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.FormatFixtures;
import org.policykg.RegisterTexts;
import org.policykg.extract.SourceText;
import org.policykg.ingest.DocumentIngest.RejectedTextException;
import org.policykg.ingest.DocumentIngest.RejectedTextException.Reason;

/** PDF and HTML into the text the extractor reads, told apart by media type, extension or signature. */
class SourceFormatsTest {
    @Test
    void aFormatIsToldByMediaTypeThenExtensionThenSignature() {
        byte[] pdf = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);
        byte[] text = "A text.".getBytes(StandardCharsets.UTF_8);
        assertThat(SourceFormat.of("application/pdf", "notice.txt", text)).isEqualTo(SourceFormat.PDF);
        assertThat(SourceFormat.of("TEXT/HTML; charset=GBK", null, text)).isEqualTo(SourceFormat.HTML);
        assertThat(SourceFormat.of("application/octet-stream", "Notice.PDF", text))
                .isEqualTo(SourceFormat.PDF);
        assertThat(SourceFormat.of(null, "notice.htm", text)).isEqualTo(SourceFormat.HTML);
        assertThat(SourceFormat.of(null, null, pdf)).isEqualTo(SourceFormat.PDF);
        assertThat(SourceFormat.of(null, "notice", text)).isEqualTo(SourceFormat.TEXT);
    }

    @Test
    void aPdfGivesItsTextLayerAndKeepsItsBytesDigestTypeAndName() throws Exception {
        byte[] pdf = FormatFixtures.textPdf();
        SourceFiles.Converted c = SourceFiles.convert(pdf, "application/pdf", "notice.pdf");
        for (String paragraph : RegisterTexts.PARAGRAPHS) {
            for (String line : FormatFixtures.wrap(paragraph)) {
                assertThat(c.text()).contains(line + "\n");
            }
        }
        // paragraphs stay apart, lines of one paragraph do not
        assertThat(c.text()).contains("hands.\n\nThe provinces");
        SourceText.Original o = c.original();
        assertThat(o.mediaType()).isEqualTo("application/pdf");
        assertThat(o.fileName()).isEqualTo("notice.pdf");
        assertThat(o.bytes()).isEqualTo(pdf.length);
        assertThat(o.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    }

    @Test
    void aPdfWithoutATextLayerIsRefused() {
        assertThatThrownBy(() -> SourceFiles.convert(FormatFixtures.imagePdf(), null, "scan.pdf"))
                .isInstanceOfSatisfying(
                        RejectedTextException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_TEXT_LAYER))
                .hasMessageContaining("no text layer")
                .hasMessageContaining("1 page");
    }

    @Test
    void anEncryptedPdfIsRefused() {
        assertThatThrownBy(() -> SourceFiles.convert(FormatFixtures.encryptedPdf(), "application/pdf", null))
                .isInstanceOfSatisfying(
                        RejectedTextException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED))
                .hasMessageContaining("encrypted");
    }

    @Test
    void aFileThatIsNoPdfIsRefused() {
        byte[] broken = "%PDF-1.7\nnot really a PDF".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> SourceFiles.convert(broken, "application/pdf", null))
                .isInstanceOfSatisfying(
                        RejectedTextException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
    }

    @Test
    void aPdfOverTheSizeLimitIsRefusedBeforeItIsParsed() {
        byte[] large = new byte[DocumentIngest.MAX_TEXT_BYTES + 1];
        assertThatThrownBy(() -> SourceFiles.convert(large, "application/pdf", null))
                .isInstanceOfSatisfying(
                        RejectedTextException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void anHtmlPageGivesItsMainTextWithoutFurniture() throws Exception {
        SourceFiles.Converted c = SourceFiles.convert(
                FormatFixtures.articlePage().getBytes(StandardCharsets.UTF_8), "text/html", "notice.html");
        assertThat(c.text())
                .startsWith("Notice on security work\n\n" + RegisterTexts.PARAGRAPHS.get(0) + "\n\n")
                .endsWith(RegisterTexts.PARAGRAPHS.get(2) + "\n")
                .doesNotContain("Home", "Politics", "Contact", "weather", "Copyright", "dataLayer", "console", "serif");
        assertThat(c.original().mediaType()).isEqualTo("text/html");
    }

    @Test
    void aPageWithoutMainOrArticleLosesItsHeaderAndFooter() throws Exception {
        String page = "<html><body><header>Site name</header><div><h2>Heading</h2><p>One paragraph.</p>"
                + "<ul><li>first</li><li>second</li></ul></div><footer>Footer line</footer></body></html>";
        String text = SourceFiles.convert(page.getBytes(StandardCharsets.UTF_8), null, "page.html")
                .text();
        assertThat(text).isEqualTo("Heading\n\nOne paragraph.\n\nfirst\nsecond\n");
    }

    @Test
    void anHtmlPageWithoutMainTextIsRefused() {
        assertThatThrownBy(() -> SourceFiles.convert(
                        FormatFixtures.furnitureOnlyPage().getBytes(StandardCharsets.UTF_8), "text/html", null))
                .isInstanceOfSatisfying(
                        RejectedTextException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_MAIN_TEXT))
                .hasMessageContaining("no main text");
    }

    @Test
    void aFileIsReadByItsExtensionAndNamedByItsStem(@TempDir Path tmp) throws Exception {
        Path pdf = tmp.resolve("provincial-notice.pdf");
        Files.write(pdf, FormatFixtures.textPdf());
        SourceText source = SourceFiles.read(pdf);
        assertThat(source.id()).isEqualTo("provincial-notice");
        assertThat(source.text()).contains("Grain security is the lifeline");
        assertThat(source.original().fileName()).isEqualTo("provincial-notice.pdf");
        Path txt = tmp.resolve("plain.txt");
        Files.writeString(txt, RegisterTexts.plain());
        assertThat(SourceFiles.read(txt).original()).isNull();
    }
}
