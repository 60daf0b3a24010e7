package org.policykg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.policykg.ServerProcess;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The corpus at scale, on loopback only and bounded: starts the packaged server on a fresh TDB2
 * folder, ingests generated documents through {@code POST /api/documents} (one per request, or with
 * {@code --batch N} N per request in one transaction), and at
 * each checkpoint runs every {@code queries/*.rq} and the API endpoints a number of times, printing
 * ingest documents/s and triples/s, query p50/p99, heap in use and the data folder's size.
 */
@Command(name = "scale-benchmark", mixinStandardHelpOptions = true)
public final class ScaleBenchmark implements Callable<Integer> {
    private static final String TOKEN = "scale-benchmark-token";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final Pattern HEAP = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"} (\\S+)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--documents", description = "Documents to ingest (default: ${DEFAULT-VALUE}).")
    int documents = 1000;

    @Option(
            names = "--checkpoints",
            split = ",",
            description = "Corpus sizes at which to measure the queries (default: ${DEFAULT-VALUE}).")
    int[] checkpoints = {1, 100, 1000};

    @Option(names = "--repeats", description = "Runs of each query at a checkpoint (default: ${DEFAULT-VALUE}).")
    int repeats = 20;

    @Option(names = "--minutes", description = "Stop ingesting after this long (default: ${DEFAULT-VALUE}).")
    int minutes = 30;

    @Option(
            names = "--batch",
            description = "Documents per POST: 1 posts each alone, more post {\"documents\": [...]}, stored in one"
                    + " transaction (default: ${DEFAULT-VALUE}).")
    int batch = 1;

    private final PrintStream out;
    private final HttpClient http = HttpClient.newHttpClient();
    private String base;

    ScaleBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ScaleBenchmark(System.out)).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path data = Files.createTempDirectory("policy-kg-scale");
        try (ServerProcess server = ServerProcess.start(TOKEN, 180, "--data", data.toString(), "--seeds", empty())) {
            base = server.url("");
            out.printf("server %s, TDB2 in %s%n", base, data);
            CorpusGenerator generator = new CorpusGenerator();
            List<Integer> marks = Arrays.stream(checkpoints).sorted().boxed().toList();
            long deadline = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
            long ingestNanos = 0;
            long bytes = 0;
            int done = 0;
            String mode = batch == 1 ? "one document per request" : "batches of " + batch + " per request";
            int next = 0; // the next checkpoint not yet measured
            while (done < documents && System.nanoTime() < deadline) {
                List<CorpusGenerator.Document> docs = new ArrayList<>();
                // a batch ends at a checkpoint, so that each is measured at its size
                int end = Math.min(documents, done + batch);
                for (int mark : marks) {
                    if (mark > done && mark < end) {
                        end = mark;
                        break;
                    }
                }
                for (int i = done; i < end; i++) {
                    docs.add(generator.document(i));
                }
                long start = System.nanoTime();
                ingest(docs);
                ingestNanos += System.nanoTime() - start;
                for (CorpusGenerator.Document d : docs) {
                    bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
                }
                done = end;
                if (next < marks.size() && done >= marks.get(next)) {
                    while (next < marks.size() && done >= marks.get(next)) {
                        next++;
                    }
                    long quads = count();
                    double seconds = ingestNanos / 1e9;
                    out.printf(
                            "%n== %d documents (%.1f MB of text): ingest %.1f documents/s, %.0f triples/s (%s; %d quads"
                                    + " stored), heap in use %.0f MB, data folder %.1f MB%n",
                            done,
                            bytes / 1e6,
                            done / seconds,
                            quads / seconds,
                            mode,
                            quads,
                            heapBytes() / 1e6,
                            folderBytes(data) / 1e6);
                    measureQueries();
                }
            }
            if (done < documents) {
                out.printf("stopped after %d documents: the %d-minute budget ran out%n", done, minutes);
            }
            return 0;
        } finally {
            delete(data);
        }
    }

    /** An empty seeds folder: the corpus is the generated documents alone (plus the ontology). */
    private static String empty() throws IOException {
        Path seeds = Files.createTempDirectory("policy-kg-no-seeds");
        seeds.toFile().deleteOnExit();
        return seeds.toString();
    }

    private static ObjectNode json(CorpusGenerator.Document d) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", d.id());
        body.put("text", d.text());
        ObjectNode metadata = body.putObject("metadata");
        metadata.put("title", d.title());
        metadata.put("issued", d.issued().toString());
        metadata.put("language", "en");
        return body;
    }

    private void ingest(List<CorpusGenerator.Document> docs) throws IOException, InterruptedException {
        ObjectNode body;
        if (batch == 1) {
            body = json(docs.get(0));
        } else {
            body = JSON.createObjectNode();
            docs.forEach(d -> body.withArray("documents").add(json(d)));
        }
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    "ingest of " + docs.get(0).id() + ".. answered " + r.statusCode() + ": " + r.body());
        }
    }

    private void measureQueries() throws IOException, InterruptedException {
        Map<String, String> targets = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                targets.put(
                        f.getFileName().toString(),
                        "/sparql?query=" + URLEncoder.encode(Files.readString(f), StandardCharsets.UTF_8));
            }
        }
        targets.put("GET /api/concepts/national-security", "/api/concepts/national-security");
        targets.put("GET /api/concepts/national-security/timeline", "/api/concepts/national-security/timeline");
        targets.put("GET /api/documents", "/api/documents");
        targets.put("GET /api/search?q=security", "/api/search?q=security");
        out.printf("%-48s %8s %8s %8s%n", "query", "p50 ms", "p99 ms", "status");
        for (Map.Entry<String, String> t : targets.entrySet()) {
            List<Double> millis = new ArrayList<>();
            int status = 0;
            for (int k = 0; k < repeats; k++) {
                long start = System.nanoTime();
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + t.getValue()))
                                .header("Accept", "application/sparql-results+json, application/ld+json;q=0.9")
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                millis.add((System.nanoTime() - start) / 1e6);
                status = Math.max(status, r.statusCode());
            }
            millis.sort(Comparator.naturalOrder());
            out.printf("%-48s %8.1f %8.1f %8d%n", t.getKey(), percentile(millis, 50), percentile(millis, 99), status);
        }
    }

    private static double percentile(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private long count() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(
                                URI.create(base + "/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8)))
                        .header("Accept", "text/csv")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElse("0").strip());
    }

    private double heapBytes() throws IOException, InterruptedException {
        String metrics = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = HEAP.matcher(metrics);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
