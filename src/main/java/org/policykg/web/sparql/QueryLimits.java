package org.policykg.web.sparql;

/**
 * What one query may use: wall-clock time, a share of the concurrent slots, and result rows.
 *
 * @param timeoutMillis the wall-clock limit of one query
 * @param maxConcurrent queries running at once
 * @param maxRows the most rows a SELECT answers
 */
public record QueryLimits(long timeoutMillis, int maxConcurrent, long maxRows) {
    public QueryLimits {
        if (timeoutMillis <= 0 || maxConcurrent <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("query limits must be positive");
        }
    }
}
