package org.policykg.web;

import io.javalin.http.Context;
import java.util.List;

/**
 * Refuses the headers that ask a server to take one method for another: Javalin takes {@code
 * X-HTTP-Method-Override} as the request's method, which would let a GET or a form POST (one that a
 * page on another origin may send) reach a DELETE route. A client that means DELETE sends DELETE.
 */
final class MethodOverride {
    /** The override headers in common use; lower case, as Cors compares them. */
    static final List<String> HEADERS = List.of("x-http-method-override", "x-http-method", "x-method-override");

    private MethodOverride() {}

    static void before(Context ctx) {
        for (String header : HEADERS) {
            if (ctx.req().getHeader(header) != null) {
                throw HttpProblem.badRequest("This server does not take " + header + ": send the method itself.")
                        .reason("method-override");
            }
        }
    }
}
