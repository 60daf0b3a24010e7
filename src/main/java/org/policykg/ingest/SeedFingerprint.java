package org.policykg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.policykg.extract.RuleExtractor;

/**
 * Everything a seed's graph depends on, as one SHA-256: the extractor's code and data (the classes
 * of {@code extract/}, {@code ingest/} and {@code vocab/}, the word lists under {@code extract/},
 * the ontology files), its version, the namespace, and the file's name, raw bytes and sidecar. Equal
 * fingerprints mean that extracting again would give the same graph, so a graph packed at build time
 * or stored by an earlier start is used as it is; any change to the extractor changes them all.
 */
final class SeedFingerprint {
    /** Folders of the class path the extraction reads, hashed file by file in name order. */
    private static final List<String> CODE =
            List.of("org/policykg/extract", "org/policykg/ingest", "org/policykg/vocab", "extract", "ontology");

    private final byte[] code;

    private SeedFingerprint(byte[] code) {
        this.code = code;
    }

    /** The fingerprint of the code under a class path root: a classes folder or a jar's root. */
    static SeedFingerprint of(Path root) throws IOException {
        MessageDigest sha = sha256();
        sha.update(RuleExtractor.VERSION.getBytes(StandardCharsets.UTF_8));
        for (String folder : CODE) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(Files::isRegularFile)
                        .sorted((a, b) -> root.relativize(a)
                                .toString()
                                .compareTo(root.relativize(b).toString()))
                        .toList();
            }
            for (Path f : files) {
                sha.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(f));
            }
        }
        return new SeedFingerprint(sha.digest());
    }

    /** The fingerprint of the code this class was loaded with (from the jar or a classes folder). */
    static SeedFingerprint ofClassPath() {
        try {
            Path location = Path.of(SeedFingerprint.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isDirectory(location)) {
                return of(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return of(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("class path location is not a path", e);
        }
    }

    /** The fingerprint of a seed file's graph in namespace {@code base}. */
    String of(String base, String fileName, byte[] text, byte[] sidecar) {
        MessageDigest sha = sha256();
        sha.update(code);
        // lengths first, so that no two different inputs run together into the same bytes
        for (byte[] part : List.of(
                base.getBytes(StandardCharsets.UTF_8), fileName.getBytes(StandardCharsets.UTF_8), text, sidecar)) {
            sha.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(part);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
