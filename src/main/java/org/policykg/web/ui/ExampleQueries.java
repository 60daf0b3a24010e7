package org.policykg.web.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The example queries packed from {@code queries/} (in the jar, or target/classes in the build),
 * each with the question its opening comment states. Read once, when the server is built.
 */
record ExampleQueries(List<Example> examples) {
    /** One {@code .rq} file: its name, the question of its opening comment, and its text. */
    record Example(String name, String question, String query) {}

    ExampleQueries {
        examples = List.copyOf(examples);
    }

    static ExampleQueries load() {
        URL url = ExampleQueries.class.getResource("/queries");
        if (url == null) {
            return new ExampleQueries(List.of());
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                // a file system of our own (not the shared one by URI) so the seed loader's is left alone
                String jar = uri.getRawSchemeSpecificPart(); // file:/.../policy-kg.jar!/queries, still encoded
                Path jarPath = Path.of(URI.create(jar.substring(0, jar.indexOf("!/"))));
                try (FileSystem fs = FileSystems.newFileSystem(jarPath)) {
                    return new ExampleQueries(read(fs.getPath("/queries")));
                }
            }
            return new ExampleQueries(read(Path.of(uri)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad queries location " + url, e);
        }
    }

    private static List<Example> read(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".rq"))
                    .sorted((a, b) ->
                            a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
        List<Example> out = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString();
            out.add(new Example(name.substring(0, name.length() - ".rq".length()), question(text), text));
        }
        return out;
    }

    /** The comment lines before the first line of SPARQL, joined: the question the file answers. */
    static String question(String query) {
        return query.lines()
                .takeWhile(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s?", "").strip())
                .collect(Collectors.joining(" "))
                .strip();
    }
}
