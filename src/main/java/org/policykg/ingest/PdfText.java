package org.policykg.ingest;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.policykg.ingest.DocumentIngest.RejectedTextException;
import org.policykg.ingest.DocumentIngest.RejectedTextException.Reason;

/**
 * The text layer of a PDF, by Apache PDFBox: lines as the PDF sets them (the extractor joins
 * hard-wrapped lines for reading), paragraphs apart by a blank line. A PDF that needs a password or
 * forbids copying its text, and one whose pages have no text (a scan), are refused.
 */
final class PdfText {
    /**
     * What PDFBox may hold of a PDF's streams in memory before it spills to a temporary file: a
     * few uploads at the size limit at once stay within a small heap.
     */
    static final long MAIN_MEMORY_BYTES = 8L * 1024 * 1024;

    private PdfText() {}

    /** @throws RejectedTextException when the PDF cannot be read, is encrypted or has no text layer */
    static String of(byte[] bytes) {
        try (PDDocument pdf =
                Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw encrypted();
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n");
            String text = stripper.getText(pdf);
            if (!hasLetters(text)) {
                int pages = pdf.getNumberOfPages();
                throw new RejectedTextException(
                        Reason.NO_TEXT_LAYER,
                        "The PDF has no text layer (" + pages + (pages == 1 ? " page" : " pages")
                                + " without text, as in a scan): run OCR on it first, or send its text.");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw encrypted();
        } catch (IOException e) {
            throw new RejectedTextException(Reason.UNREADABLE, "The file is not a readable PDF: " + e.getMessage());
        }
    }

    private static RejectedTextException encrypted() {
        return new RejectedTextException(
                Reason.ENCRYPTED,
                "The PDF is encrypted (it needs a password, or forbids copying its text): send one without protection.");
    }

    static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
