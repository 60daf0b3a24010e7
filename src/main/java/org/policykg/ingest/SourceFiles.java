package org.policykg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policykg.extract.Metadata;
import org.policykg.extract.SourceText;

/**
 * Reads a raw document file and its optional sidecar {@code NAME.meta.json} (what the page does not
 * state itself). The document id is the file name without its extension.
 */
public final class SourceFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SourceFiles() {}

    /**
     * A text file, PDF or HTML page by its extension; a PDF or a page becomes its text, with the
     * file kept as {@link SourceText#original()}.
     *
     * @throws DocumentIngest.RejectedTextException when the file is too large, or a PDF or page has no
     *     text to read
     */
    public static SourceText read(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (Files.size(file) > DocumentIngest.MAX_TEXT_BYTES) {
            throw tooLarge();
        }
        Converted c = convert(Files.readAllBytes(file), null, name);
        return new SourceText(idOf(name), name, c.text(), c.original());
    }

    /** A document's text, and the file it was converted from (null for a text that is the file). */
    public record Converted(String text, SourceText.Original original) {}

    /**
     * The text of a document sent as {@code bytes}, its format told by {@link SourceFormat#of}.
     *
     * @param contentType the media type the client named, or null
     * @param fileName the file's name, or null
     * @throws IOException when a plain text is not UTF-8
     * @throws DocumentIngest.RejectedTextException when the bytes are over the size limit, or a PDF or
     *     page has no text to read
     */
    public static Converted convert(byte[] bytes, String contentType, String fileName) throws IOException {
        if (bytes.length > DocumentIngest.MAX_TEXT_BYTES) {
            throw tooLarge();
        }
        SourceFormat format = SourceFormat.of(contentType, fileName, bytes);
        String what = fileName != null ? fileName : "The body";
        return switch (format) {
            case TEXT -> new Converted(decode(bytes, what), null);
            case PDF -> new Converted(PdfText.of(bytes), SourceText.Original.of(fileName, format.mediaType(), bytes));
            case HTML ->
                new Converted(
                        HtmlText.of(bytes, charset(contentType)),
                        SourceText.Original.of(fileName, format.mediaType(), bytes));
        };
    }

    private static DocumentIngest.RejectedTextException tooLarge() {
        return new DocumentIngest.RejectedTextException(
                DocumentIngest.RejectedTextException.Reason.TOO_LARGE,
                "The file is larger than the limit of " + DocumentIngest.MAX_TEXT_BYTES + " bytes.");
    }

    /** The {@code charset} parameter of a media type, or null. */
    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String[] kv = param.strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                return kv[1].strip().replace("\"", "");
            }
        }
        return null;
    }

    /** A file name without its extension: the id a document gets when none is given. */
    public static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Strict UTF-8: a file in another encoding is refused rather than read as mojibake. */
    public static String decode(byte[] bytes, String what) throws IOException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException(what + " is not UTF-8 text", e);
        }
    }

    public static Path sidecarOf(Path file) {
        return file.resolveSibling(idOf(file.getFileName().toString()) + ".meta.json");
    }

    /** The sidecar's metadata, or {@link Metadata#EMPTY} when there is none. */
    public static Metadata sidecar(Path file) throws IOException {
        Path sidecar = sidecarOf(file);
        if (!Files.exists(sidecar)) {
            return Metadata.EMPTY;
        }
        JsonNode j = JSON.readTree(Files.readAllBytes(sidecar)); // a Path in the jar has no File
        try {
            return MetadataJson.parse(j);
        } catch (IllegalArgumentException e) {
            throw new IOException(sidecar + ": " + e.getMessage(), e);
        }
    }
}
