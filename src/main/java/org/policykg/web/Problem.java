package org.policykg.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;

/** An RFC 9457 problem details object, written as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, URI instance) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status: " + status);
        }
    }
}
