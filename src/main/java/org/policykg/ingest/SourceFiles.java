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

    public static SourceText read(Path file) throws IOException {
        String name = file.getFileName().toString();
        return new SourceText(idOf(name), name, decode(Files.readAllBytes(file), name));
    }

    static String idOf(String fileName) {
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
