package org.policykg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar's {@code serve} in a process of its own, as a user runs it: for tests that kill
 * it, and for the load generator. Its standard output is read to the end on a daemon thread, so the
 * server never blocks on a full pipe; its log (stderr) is discarded or written to a file.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts {@code java -jar target/policy-kg.jar serve --port 0 --host 127.0.0.1 ARGS} and waits until
     * it says where it listens.
     *
     * @param adminToken given through POLICY_KG_ADMIN_TOKEN, or null for none
     */
    public static ServerProcess start(String adminToken, long timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        return start(List.of(), ProcessBuilder.Redirect.DISCARD, adminToken, timeoutSeconds, args);
    }

    /** As {@link #start(String, long, String...)}, its log (stderr) written to {@code log}. */
    public static ServerProcess startLoggingTo(Path log, String adminToken, long timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        return start(List.of(), ProcessBuilder.Redirect.to(log.toFile()), adminToken, timeoutSeconds, args);
    }

    /**
     * As a user runs it in production: the JVM options of {@code src/main/jvm/serve.options} (its
     * 256 MB heap), and the log kept in {@code log}.
     */
    public static ServerProcess startAsDeployed(Path log, String adminToken, long timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        return start(
                List.of("@src/main/jvm/serve.options"),
                ProcessBuilder.Redirect.to(log.toFile()),
                adminToken,
                timeoutSeconds,
                args);
    }

    private static ServerProcess start(
            List<String> jvmOptions,
            ProcessBuilder.Redirect log,
            String adminToken,
            long timeoutSeconds,
            String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", "target/policy-kg.jar", "serve", "--port", "0", "--host", "127.0.0.1"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log);
        if (adminToken != null) {
            builder.environment().put("POLICY_KG_ADMIN_TOKEN", adminToken);
        }
        Process p = builder.start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> drain(p, port), "server-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ServerProcess(p, port.get(timeoutSeconds, TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new IllegalStateException("the server did not start: " + e.getMessage(), e);
        }
    }

    private static void drain(Process p, CompletableFuture<Integer> port) {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            port.completeExceptionally(new UncheckedIOException(e));
        }
        port.completeExceptionally(new IllegalStateException("the server exited before saying where it listens"));
    }

    public int port() {
        return port;
    }

    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port + pathAndQuery;
    }

    /**
     * {@link Process#destroyForcibly()}, which on Linux and macOS sends SIGKILL: no shutdown hook runs.
     *
     * @return the exit status, 137 (128 + 9) after SIGKILL
     */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server outlived SIGKILL");
        }
        return process.exitValue();
    }

    /** SIGTERM: the shutdown hook stops the server and closes the store. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) { // AutoCloseable.close must not throw it
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
