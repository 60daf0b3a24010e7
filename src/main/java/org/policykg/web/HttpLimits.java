package org.policykg.web;

/**
 * What one HTTP request may use, whatever it asks for.
 *
 * @param maxRequestBytes the largest request body; larger ones get 413
 * @param idleTimeoutMillis how long a connection may stay silent before Jetty closes it
 * @param maxRequestHeaderBytes the largest request line and headers; larger ones get 431
 */
public record HttpLimits(long maxRequestBytes, long idleTimeoutMillis, int maxRequestHeaderBytes) {
    public static final long DEFAULT_MAX_REQUEST_BYTES = 10_000_000;
    public static final long DEFAULT_IDLE_TIMEOUT_MILLIS = 30_000;
    public static final int DEFAULT_MAX_REQUEST_HEADER_BYTES = 16 * 1024;

    public HttpLimits {
        if (maxRequestBytes <= 0 || idleTimeoutMillis <= 0 || maxRequestHeaderBytes <= 0) {
            throw new IllegalArgumentException("HTTP limits must be positive");
        }
    }
}
