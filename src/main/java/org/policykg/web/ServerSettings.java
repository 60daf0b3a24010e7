package org.policykg.web;

import java.util.List;
import org.policykg.vocab.PKG;
import org.policykg.web.sparql.QueryLimits;

/**
 * What a {@link WebServer} is configured with; made by {@link #builder()}, which starts from the
 * defaults.
 *
 * @param base the data namespace of minted IRIs
 * @param adminToken the bearer token for writes, or null for a read-only server
 * @param queryLimits time, slots, rows, triples and bytes of one query
 * @param httpLimits body, header and idle limits of one request
 * @param corsOrigins origins allowed to GET the read endpoints cross-origin; {@code *} for any
 * @param serviceEndpoints the endpoints a query's SERVICE may call; empty refuses every SERVICE
 * @param resultCacheBytes the most bytes of answers the result cache holds; 0 turns it off
 */
public record ServerSettings(
        String base,
        String adminToken,
        QueryLimits queryLimits,
        HttpLimits httpLimits,
        List<String> corsOrigins,
        List<String> serviceEndpoints,
        long resultCacheBytes) {
    public static final List<String> DEFAULT_CORS_ORIGINS = List.of("*");
    public static final long DEFAULT_RESULT_CACHE_BYTES = 64L * 1024 * 1024;

    public ServerSettings {
        if (resultCacheBytes < 0) {
            throw new IllegalArgumentException("the result cache size cannot be negative");
        }
        corsOrigins = List.copyOf(corsOrigins);
        serviceEndpoints = List.copyOf(serviceEndpoints);
    }

    /** A builder holding the defaults: the project's namespace, no admin token, the default limits. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the settings one by one; every one not set keeps its default. */
    public static final class Builder {
        private String base = PKG.BASE;
        private String adminToken;
        private long queryTimeoutMillis = QueryLimits.DEFAULT_TIMEOUT_MILLIS;
        private int maxConcurrentQueries = QueryLimits.DEFAULT_MAX_CONCURRENT;
        private long maxResultRows = QueryLimits.DEFAULT_MAX_ROWS;
        private long maxResultTriples = QueryLimits.DEFAULT_MAX_TRIPLES;
        private long maxResponseBytes = QueryLimits.DEFAULT_MAX_RESPONSE_BYTES;
        private long queueWaitMillis = QueryLimits.DEFAULT_QUEUE_WAIT_MILLIS;
        private long maxRequestBytes = HttpLimits.DEFAULT_MAX_REQUEST_BYTES;
        private long idleTimeoutMillis = HttpLimits.DEFAULT_IDLE_TIMEOUT_MILLIS;
        private int maxRequestHeaderBytes = HttpLimits.DEFAULT_MAX_REQUEST_HEADER_BYTES;
        private List<String> corsOrigins = DEFAULT_CORS_ORIGINS;
        private List<String> serviceEndpoints = List.of();
        private long resultCacheBytes = DEFAULT_RESULT_CACHE_BYTES;
        private int maxQueryChars = QueryLimits.DEFAULT_MAX_QUERY_CHARS;
        private long minRequestBytesPerSecond = HttpLimits.DEFAULT_MIN_REQUEST_BYTES_PER_SECOND;
        private int maxConnectionsPerClient = HttpLimits.DEFAULT_MAX_CONNECTIONS_PER_CLIENT;

        private Builder() {}

        public Builder base(String base) {
            this.base = base;
            return this;
        }

        public Builder adminToken(String adminToken) {
            this.adminToken = adminToken;
            return this;
        }

        public Builder queryTimeoutMillis(long queryTimeoutMillis) {
            this.queryTimeoutMillis = queryTimeoutMillis;
            return this;
        }

        /** Queries running at once; more wait up to {@link #queueWaitMillis}, then get 503. */
        public Builder maxConcurrentQueries(int maxConcurrentQueries) {
            this.maxConcurrentQueries = maxConcurrentQueries;
            return this;
        }

        public Builder maxResultRows(long maxResultRows) {
            this.maxResultRows = maxResultRows;
            return this;
        }

        public Builder maxResultTriples(long maxResultTriples) {
            this.maxResultTriples = maxResultTriples;
            return this;
        }

        public Builder maxResponseBytes(long maxResponseBytes) {
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /** How long a query waits for a free slot; 0 refuses at once. */
        public Builder queueWaitMillis(long queueWaitMillis) {
            this.queueWaitMillis = queueWaitMillis;
            return this;
        }

        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        public Builder idleTimeoutMillis(long idleTimeoutMillis) {
            this.idleTimeoutMillis = idleTimeoutMillis;
            return this;
        }

        public Builder maxRequestHeaderBytes(int maxRequestHeaderBytes) {
            this.maxRequestHeaderBytes = maxRequestHeaderBytes;
            return this;
        }

        public Builder corsOrigins(List<String> corsOrigins) {
            this.corsOrigins = corsOrigins;
            return this;
        }

        public Builder serviceEndpoints(List<String> serviceEndpoints) {
            this.serviceEndpoints = serviceEndpoints;
            return this;
        }

        /** The longest query text; a longer one is refused before it is parsed. */
        public Builder maxQueryChars(int maxQueryChars) {
            this.maxQueryChars = maxQueryChars;
            return this;
        }

        /** The slowest a request body may arrive, on average since its start. */
        public Builder minRequestBytesPerSecond(long minRequestBytesPerSecond) {
            this.minRequestBytesPerSecond = minRequestBytesPerSecond;
            return this;
        }

        /** The most connections open at once from one client address. */
        public Builder maxConnectionsPerClient(int maxConnectionsPerClient) {
            this.maxConnectionsPerClient = maxConnectionsPerClient;
            return this;
        }

        /** 0 turns the result cache off. */
        public Builder resultCacheBytes(long resultCacheBytes) {
            this.resultCacheBytes = resultCacheBytes;
            return this;
        }

        /** @throws IllegalArgumentException when a limit is not positive */
        public ServerSettings build() {
            return new ServerSettings(
                    base,
                    adminToken,
                    new QueryLimits(
                            queryTimeoutMillis,
                            maxConcurrentQueries,
                            maxResultRows,
                            maxResultTriples,
                            maxResponseBytes,
                            queueWaitMillis,
                            maxQueryChars),
                    new HttpLimits(
                            maxRequestBytes,
                            idleTimeoutMillis,
                            maxRequestHeaderBytes,
                            minRequestBytesPerSecond,
                            maxConnectionsPerClient),
                    corsOrigins,
                    serviceEndpoints,
                    resultCacheBytes);
        }
    }
}
