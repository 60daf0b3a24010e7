package org.policykg.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A raw document as read: its id (used in IRIs), the file name it came from, and its text. Offsets
 * handed out by the extractor are UTF-16 indices into {@link #text()}; {@link #codePoint(int)}
 * turns them into the Unicode code point offsets that the graph publishes.
 */
public final class SourceText {
    private static final java.util.regex.Pattern ID =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final String id;
    private final String fileName;
    private final String text;
    private final int[] codePointAt;
    private final Original original;

    /**
     * The file a text was converted from (a PDF, an HTML page), kept as provenance: its name, media
     * type, size and the SHA-256 of its bytes.
     */
    public record Original(String fileName, String mediaType, long bytes, String sha256) {
        public Original {
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(sha256, "sha256");
        }

        /** The original of {@code bytes}, its digest computed here. */
        public static Original of(String fileName, String mediaType, byte[] bytes) {
            return new Original(fileName, mediaType, bytes.length, digest(bytes));
        }
    }

    public SourceText(String id, String fileName, String text) {
        this(id, fileName, text, null);
    }

    /** @param original the file the text was converted from, or null when the text is the file */
    public SourceText(String id, String fileName, String text, Original original) {
        this.id = Objects.requireNonNull(id, "id");
        this.fileName = fileName;
        this.text = Objects.requireNonNull(text, "text");
        this.original = original;
        if (!isValidId(id)) {
            throw new IllegalArgumentException("document id must be 1-128 letters, digits, '.', '_' or '-': " + id);
        }
        // prefix counts make every offset conversion O(1)
        this.codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!Character.isLowSurrogate(text.charAt(i)) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
    }

    /** Whether {@code id} may name a document: it becomes part of IRIs and graph names. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public String id() {
        return id;
    }

    /** The file the text was read from, or null when it came from elsewhere. */
    public String fileName() {
        return fileName;
    }

    public String text() {
        return text;
    }

    /** The file the text was converted from, or null when the text is the file as it was sent. */
    public Original original() {
        return original;
    }

    /** Code point offset of a UTF-16 index. */
    public int codePoint(int utf16Index) {
        return codePointAt[utf16Index];
    }

    public int codePointLength() {
        return codePointAt[text.length()];
    }

    /** The SHA-256 of the text in UTF-8: for a plain text file, of its bytes. */
    public String sha256() {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
