package org.policykg.web;

/**
 * What one HTTP request may use, whatever it asks for.
 *
 * @param maxRequestBytes the largest request body; larger ones get 413
 * @param idleTimeoutMillis how long a connection may stay silent before Jetty closes it
 * @param maxRequestHeaderBytes the largest request line and headers; larger ones get 431
 * @param minRequestBytesPerSecond the slowest a body may arrive (Jetty's minimum request data rate):
 *     a sender of a byte now and then is answered 408 instead of holding a thread until it is done
 * @param maxConnectionsPerClient connections open at once from one address; more are closed as they come
 */
public record HttpLimits(
        long maxRequestBytes,
        long idleTimeoutMillis,
        int maxRequestHeaderBytes,
        long minRequestBytesPerSecond,
        int maxConnectionsPerClient) {
    public static final long DEFAULT_MAX_REQUEST_BYTES = 10_000_000;
    public static final long DEFAULT_IDLE_TIMEOUT_MILLIS = 30_000;
    public static final int DEFAULT_MAX_REQUEST_HEADER_BYTES = 16 * 1024;
    public static final long DEFAULT_MIN_REQUEST_BYTES_PER_SECOND = 1024;
    /** Well above a browser's 6 and the 64 clients of the load generator, well below Jetty's 250 threads. */
    public static final int DEFAULT_MAX_CONNECTIONS_PER_CLIENT = 100;

    public HttpLimits {
        if (maxRequestBytes <= 0
                || idleTimeoutMillis <= 0
                || maxRequestHeaderBytes <= 0
                || minRequestBytesPerSecond < 0
                || maxConnectionsPerClient <= 0) {
            throw new IllegalArgumentException("HTTP limits must be positive");
        }
    }
}
