package org.policykg.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policykg.ServerProcess;
import org.policykg.TestData;
import org.policykg.extract.Metadata;
import org.policykg.extract.SourceText;
import org.policykg.vocab.PKG;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A bounded loopback load generator: starts the packaged server (or targets one on 127.0.0.1), runs
 * N clients for a fixed time mixing every {@code queries/*.rq}, the JSON-LD API and authenticated
 * ingests and deletes of a few generated documents, then stops and reports requests, statuses and
 * latency percentiles. It fails (exit 1) on any 5xx or I/O error, or when a document whose last
 * acknowledged operation was an ingest is not whole at the end (or one deleted last is present).
 * Run: {@code ./mvnw -B -Pload package} (options in {@code -Dload.args=...}).
 */
@Command(name = "load-generator", mixinStandardHelpOptions = true)
public final class LoadGenerator implements Callable<Integer> {
    private static final String TOKEN = "load-generator-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE_TEXT =
            TestData.read(TestData.REGISTER_SAMPLE).text();

    @Option(names = "--seconds", description = "How long to run (default: ${DEFAULT-VALUE}).")
    int seconds = 60;

    @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 64;

    @Option(
            names = "--documents",
            description = "Generated documents ingested and deleted (default: ${DEFAULT-VALUE}).")
    int documents = 4;

    @Option(
            names = "--max-concurrent-queries",
            description = "The started server's query cap (default: the server's own, ${DEFAULT-VALUE}; queries"
                    + " beyond it wait in the server's admission queue).")
    int maxConcurrentQueries = org.policykg.web.sparql.QueryLimits.DEFAULT_MAX_CONCURRENT;

    @Option(
            names = "--url",
            description = "A running server on 127.0.0.1 to target instead (its token in POLICY_KG_ADMIN_TOKEN).")
    URI url;

    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Map<String, String> lastAcknowledged = new ConcurrentHashMap<>();
    private String base;
    private String token;

    LoadGenerator(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadGenerator(System.out)).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (url != null) {
            String host = url.getHost();
            if (!Set.of("127.0.0.1", "localhost", "[::1]").contains(host)) {
                throw new CommandLine.ParameterException(
                        new CommandLine(this), "--url must be a loopback address, not " + host);
            }
            base = url.toString().replaceAll("/+$", "");
            token = System.getenv("POLICY_KG_ADMIN_TOKEN");
            return run();
        }
        Path data = Files.createTempDirectory("policy-kg-load");
        try (ServerProcess server = ServerProcess.start(
                TOKEN,
                180,
                "--data",
                data.toString(),
                "--max-concurrent-queries",
                Integer.toString(maxConcurrentQueries))) {
            base = "http://127.0.0.1:" + server.port();
            token = TOKEN;
            out.printf("server: %s (TDB2 in %s), --max-concurrent-queries %d%n", base, data, maxConcurrentQueries);
            return run();
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private int run() throws Exception {
        List<Map.Entry<String, String>> queries = queries();
        List<String> concepts = concepts();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[][] mine = {new long[1024]};
            int[] n = {0};
            int client = c;
            Thread t = new Thread(
                    () -> {
                        Random random = new Random(client);
                        while (System.nanoTime() < end) {
                            long start = System.nanoTime();
                            step(client, random, queries, concepts);
                            if (n[0] == mine[0].length) {
                                mine[0] = Arrays.copyOf(mine[0], n[0] * 2);
                            }
                            mine[0][n[0]++] = System.nanoTime() - start;
                        }
                        synchronized (latencies) {
                            latencies.add(Arrays.copyOf(mine[0], n[0]));
                        }
                    },
                    "client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return report(all, verifyDocuments());
    }

    /** One request: mostly queries and API reads; the first clients own one generated document each. */
    private void step(int client, Random random, List<Map.Entry<String, String>> queries, List<String> concepts) {
        int dice = random.nextInt(100);
        if (client < documents && dice < 10) {
            String id = "load-" + client;
            if (random.nextBoolean()) {
                int status = send("ingest", post(id));
                if (status == 200 || status == 201) {
                    lastAcknowledged.put(id, "ingest");
                }
            } else {
                int status = send("delete", request("/api/documents/" + id).DELETE());
                if (status == 204 || status == 404) {
                    lastAcknowledged.put(id, "delete");
                }
            }
        } else if (dice < 60) {
            Map.Entry<String, String> q = queries.get(random.nextInt(queries.size()));
            send(
                    "sparql " + q.getKey(),
                    request("/sparql?query=" + URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8))
                            .header("Accept", "application/sparql-results+json, text/turtle;q=0.9"));
        } else if (dice < 75) {
            send("api", request("/api/concepts/" + concepts.get(random.nextInt(concepts.size()))));
        } else if (dice < 85) {
            send("api", request("/api/concepts"));
        } else if (dice < 95) {
            send("api", request("/api/documents"));
        } else {
            send(
                    "api",
                    request("/api/documents/"
                            + TestData.ESSAY.getFileName().toString().replace(".txt", "")));
        }
    }

    private HttpRequest.Builder post(String id) {
        int i = Integer.parseInt(id.substring("load-".length()));
        return request("/api/documents?id=" + id)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text(i), StandardCharsets.UTF_8));
    }

    private static String text(int i) {
        return BASE_TEXT + "\n\nNotice " + i + ". Treating item " + i + " security as the top priority.\n";
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (path.startsWith("/api/documents/") && token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    /**
     * Counts the answer under its kind and status; a 503 also says whether the query timed out or met
     * the concurrency cap, and an I/O error whether it was this client's own 60 s timeout.
     *
     * @return the status, or -1 after an I/O error
     */
    private int send(String kind, HttpRequest.Builder request) {
        int status;
        String outcome;
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            status = r.statusCode();
            outcome = Integer.toString(status);
            if (status == 503) {
                outcome += r.body().contains("timed out") ? " query-timeout" : " concurrency-cap";
            }
        } catch (HttpTimeoutException e) {
            status = -1;
            outcome = "client-timeout";
        } catch (IOException e) {
            status = -1;
            outcome = "io-error";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
            outcome = "interrupted";
        }
        statuses.computeIfAbsent(kind + " " + outcome, k -> new LongAdder()).increment();
        return status;
    }

    /** Every example query: file name and text. */
    private List<Map.Entry<String, String>> queries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            List<Path> rq =
                    files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
            List<Map.Entry<String, String>> texts = new ArrayList<>();
            for (Path f : rq) {
                texts.add(Map.entry(f.getFileName().toString(), Files.readString(f)));
            }
            return texts;
        }
    }

    private List<String> concepts() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request("/api/concepts").build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).findValuesAsText("id").stream()
                .filter(id -> id.startsWith(PKG.CONCEPT_NS))
                .map(id -> id.substring(PKG.CONCEPT_NS.length()))
                .toList();
    }

    /** @return the problems found: a document not whole, or present after its last acknowledged delete */
    private List<String> verifyDocuments() throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            String id = "load-" + i;
            String query =
                    "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + TestData.PIPELINE.graphName(id) + "> { ?s ?p ?o } }";
            HttpResponse<String> r = http.send(
                    request("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                            .header("Accept", "application/n-triples")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                problems.add("document " + id + ": its graph could not be read: " + r.statusCode() + " " + r.body());
                continue;
            }
            Graph stored = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                    .lang(Lang.NTRIPLES)
                    .parse(stored);
            String last = lastAcknowledged.get(id);
            Graph expected = TestData.PIPELINE
                    .run(new SourceText(id, null, text(i)), Metadata.EMPTY)
                    .model()
                    .getGraph();
            boolean whole = stored.isIsomorphicWith(expected);
            if ("ingest".equals(last) && !whole) {
                problems.add(id + ": last acknowledged ingest, but " + stored.size() + " of " + expected.size()
                        + " triples, not isomorphic");
            }
            if ("delete".equals(last) && !stored.isEmpty()) {
                problems.add(id + ": last acknowledged delete, but " + stored.size() + " triples remain");
            }
            if (last == null && !stored.isEmpty() && !whole) {
                problems.add(id + ": partial graph");
            }
            out.printf(
                    "document %s: last acknowledged %s, stored %d triples, whole=%s%n", id, last, stored.size(), whole);
        }
        return problems;
    }

    private int report(long[] sorted, List<String> problems) {
        long total = sorted.length;
        out.printf("clients %d, %d s: %d requests, %.1f/s%n", clients, seconds, total, total / (double) seconds);
        Map<String, Long> byStatus = new TreeMap<>();
        statuses.forEach((k, v) -> byStatus.put(k, v.sum()));
        byStatus.forEach((k, v) -> out.printf("  %-48s %d%n", k, v));
        out.printf(
                "latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n",
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), percentile(sorted, 100));
        long serverErrors = byStatus.entrySet().stream()
                .filter(e -> e.getKey().matches(".* (5\\d\\d.*|io-error|client-timeout)"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        out.printf("5xx and I/O errors: %d%n", serverErrors);
        problems.forEach(p -> out.printf("DOCUMENT PROBLEM: %s%n", p));
        boolean ok = serverErrors == 0 && problems.isEmpty();
        out.println(ok ? "RESULT: PASS" : "RESULT: FAIL");
        return ok ? 0 : 1;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
    }
}
