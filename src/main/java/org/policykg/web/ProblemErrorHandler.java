package org.policykg.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives by itself, before a request reaches the routes (a request line that does
 * not parse, a URI or headers too long, a body too slow): problem+json like every other failure,
 * rather than Jetty's HTML page or an empty body.
 */
final class ProblemErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        String path = request.getHttpURI() == null ? "/" : request.getHttpURI().getPath();
        response.write(
                true,
                ByteBuffer.wrap(ProblemMapper.bytes(problem(code, message, path == null ? "/" : path))),
                callback);
    }

    private static Problem problem(int status, String reason, String path) {
        int code = status >= 400 && status <= 599 ? status : 500;
        String title = HttpStatus.getMessage(code);
        String detail = reason == null || reason.isBlank() ? title : reason;
        return ProblemMapper.problem(code, "http-" + code, title, detail, path);
    }
}
