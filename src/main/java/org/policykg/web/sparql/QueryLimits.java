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
 */
public record QueryLimits(
        long timeoutMillis,
        int maxConcurrent,
        long maxRows,
        long maxTriples,
        long maxResponseBytes,
        long queueWaitMillis) {
    public QueryLimits {
        if (timeoutMillis <= 0 || maxConcurrent <= 0 || maxRows <= 0 || maxTriples <= 0 || maxResponseBytes <= 0) {
            throw new IllegalArgumentException("query limits must be positive");
        }
        if (queueWaitMillis < 0) {
            throw new IllegalArgumentException("the queue wait cannot be negative");
        }
    }
}
