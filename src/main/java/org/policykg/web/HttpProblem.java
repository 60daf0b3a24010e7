package org.policykg.web;

/**
 * An error a client can act on, mapped to an RFC 9457 problem by {@link ProblemMapper}. Handlers throw
 * one of the factory results; the message becomes the problem's {@code detail}.
 */
public final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final String type;
    private String reason;

    private HttpProblem(int status, String title, String type, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
        this.type = type;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** A short slug naming the problem type, resolved against the service's problem namespace. */
    public String type() {
        return type;
    }

    /** Why the request was refused, finer than the type: the label of the rejections metric. */
    public String reason() {
        return reason != null ? reason : type;
    }

    /** Names the refusal for the rejections metric ("concurrency-cap", "service-refused"...). */
    public HttpProblem reason(String reason) {
        this.reason = reason;
        return this;
    }

    public static HttpProblem badRequest(String detail) {
        return new HttpProblem(400, "Bad Request", "bad-request", detail);
    }

    public static HttpProblem badQuery(String detail) {
        return new HttpProblem(400, "Malformed SPARQL", "malformed-sparql", detail);
    }

    public static HttpProblem unauthorized(String detail) {
        return new HttpProblem(401, "Unauthorized", "unauthorized", detail);
    }

    public static HttpProblem forbidden(String detail) {
        return new HttpProblem(403, "Forbidden", "forbidden", detail);
    }

    public static HttpProblem notFound(String detail) {
        return new HttpProblem(404, "Not Found", "not-found", detail);
    }

    public static HttpProblem methodNotAllowed(String detail) {
        return new HttpProblem(405, "Method Not Allowed", "method-not-allowed", detail);
    }

    public static HttpProblem notAcceptable(String detail) {
        return new HttpProblem(406, "Not Acceptable", "not-acceptable", detail);
    }

    public static HttpProblem conflict(String detail) {
        return new HttpProblem(409, "Conflict", "conflict", detail);
    }

    public static HttpProblem unsupportedMediaType(String detail) {
        return new HttpProblem(415, "Unsupported Media Type", "unsupported-media-type", detail);
    }

    public static HttpProblem contentTooLarge(String detail) {
        return new HttpProblem(413, "Content Too Large", "content-too-large", detail);
    }

    public static HttpProblem unprocessable(String detail) {
        return new HttpProblem(422, "Unprocessable Content", "unprocessable", detail);
    }

    /**
     * A multipart/form-data body Jetty could not read: 413 when it passed the size limit (Jetty wraps
     * "max length exceeded" twice over in "bad multipart", and says so only in the message), else 400.
     */
    public static HttpProblem unreadableMultipart(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        if (message.contains("max length exceeded") || message.contains("exceeds max")) {
            return contentTooLarge("The multipart/form-data body is larger than this server's limit: " + message);
        }
        return badRequest("The multipart/form-data body cannot be read: " + message);
    }

    public static HttpProblem unavailable(String detail) {
        return new HttpProblem(503, "Service Unavailable", "unavailable", detail);
    }
}
