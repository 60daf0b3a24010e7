package org.policykg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the synthetic corpus of {@link CorpusGenerator} as raw files with sidecars ({@code gen-i.txt},
 * {@code gen-i.meta.json}), for {@code policy-kg load}: the side-by-side benchmark builds its
 * 1,000-document TDB2 folder from them once. Usage: {@code CorpusWriter FOLDER COUNT}.
 */
public final class CorpusWriter {
    private CorpusWriter() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Files.createDirectories(folder);
        CorpusGenerator generator = new CorpusGenerator();
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < count; i++) {
            CorpusGenerator.Document d = generator.document(i);
            Files.writeString(folder.resolve(d.id() + ".txt"), d.text(), StandardCharsets.UTF_8);
            // the same metadata ScaleBenchmark posts with each document
            ObjectNode meta = json.createObjectNode()
                    .put("title", d.title())
                    .put("issued", d.issued().toString())
                    .put("language", "en");
            Files.writeString(
                    folder.resolve(d.id() + ".meta.json"), json.writeValueAsString(meta), StandardCharsets.UTF_8);
        }
    }
}
