package org.policykg.web.sparql;

/**
 * What one query may use: wall-clock time, a share of the concurrent slots, result rows or triples,
 * and response bytes.
 *
 * @param timeoutMillis the wall-clock limit of one query
 * @param maxConcurrent queries running at once
 * @param maxRows the most rows a SELECT answers
 * @param maxTriples the most triples a CONSTRUCT or DESCRIBE answers
 * @param maxResponseBytes the largest response body a query may write
 * @param queueWaitMillis how long a query waits for a free slot before it is refused; 0 refuses at once
 * @param maxQueryChars the longest query text, refused before it is parsed
 */
public record QueryLimits(
        long timeoutMillis,
        int maxConcurrent,
        long maxRows,
        long maxTriples,
        long maxResponseBytes,
        long queueWaitMillis,
        int maxQueryChars) {
    public static final long DEFAULT_TIMEOUT_MILLIS = 10_000;
    public static final int DEFAULT_MAX_CONCURRENT = 8;
    public static final long DEFAULT_MAX_ROWS = 100_000;
    public static final long DEFAULT_MAX_TRIPLES = 100_000;
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 100_000_000;
    public static final long DEFAULT_QUEUE_WAIT_MILLIS = 10_000;
    /** Far beyond a written query; a parse of this many characters takes milliseconds. */
    public static final int DEFAULT_MAX_QUERY_CHARS = 100_000;

    public QueryLimits {
        if (timeoutMillis <= 0
                || maxConcurrent <= 0
                || maxRows <= 0
                || maxTriples <= 0
                || maxResponseBytes <= 0
                || maxQueryChars <= 0) {
            throw new IllegalArgumentException("query limits must be positive");
        }
        if (queueWaitMillis < 0) {
            throw new IllegalArgumentException("the queue wait cannot be negative");
        }
    }
}
