package org.policykg.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/** The access log lines written while some requests run, for tests that read them. */
final class AccessLines {
    private AccessLines() {}

    /**
     * Runs {@code requests} and returns the access lines logged meanwhile, waiting (for a bounded
     * time) until at least {@code expected} have arrived: a line is written after its answer is sent.
     */
    static List<String> during(int expected, Runnable requests) {
        Logger logger = (Logger) LoggerFactory.getLogger(WebServer.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        // the tests' logback config keeps access lines off; let them through to this appender only
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.setAdditive(false);
        logger.addAppender(lines);
        try {
            requests.run();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (lines.list.size() < expected && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            return List.copyOf(lines.list).stream()
                    .map(ILoggingEvent::getFormattedMessage)
                    .toList();
        } finally {
            logger.detachAppender(lines);
            logger.setAdditive(true);
            logger.setLevel(level);
        }
    }

    /** The hash an access line gives a query: the first 12 hex digits of its SHA-256, computed here afresh. */
    static String hashOf(String query) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
