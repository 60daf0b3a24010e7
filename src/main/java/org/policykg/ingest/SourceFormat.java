package org.policykg.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The formats a document may arrive in: plain UTF-8 text, PDF (its text layer) and HTML (its main
 * text). Told by the media type a client names, else by the file name's extension, else by a PDF's
 * signature; plain text when none of these says otherwise.
 */
public enum SourceFormat {
    TEXT("text/plain", List.of(".txt", ".text")),
    PDF("application/pdf", List.of(".pdf")),
    HTML("text/html", List.of(".html", ".htm", ".xhtml"));

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final String mediaType;
    private final List<String> extensions;

    SourceFormat(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The format of a media type ({@code Content-Type} without its parameters, any case), or null
     * for one that names no format: absent, or generic such as {@code application/octet-stream}.
     */
    public static SourceFormat ofMediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/plain" -> TEXT;
            case "application/pdf", "application/x-pdf" -> PDF;
            case "text/html", "application/xhtml+xml" -> HTML;
            default -> null;
        };
    }

    /** The format a file name's extension names, or null. */
    public static SourceFormat ofFileName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        for (SourceFormat f : values()) {
            for (String ext : f.extensions) {
                if (name.endsWith(ext)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** The format of a document: by its media type, else its file name, else its first bytes. */
    public static SourceFormat of(String contentType, String fileName, byte[] bytes) {
        SourceFormat f = ofMediaType(contentType);
        if (f == null) {
            f = ofFileName(fileName);
        }
        if (f == null) {
            f = startsWith(bytes, PDF_SIGNATURE) ? PDF : TEXT;
        }
        return f;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
