package org.policykg.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards the write endpoints with a bearer token. Without a configured token the writes are off;
 * the comparison is constant-time so the token cannot be guessed byte by byte from timings.
 */
public final class AdminAuth {
    private final byte[] token;

    /** @param token the admin token, or null to turn every write endpoint off */
    public AdminAuth(String token) {
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    public boolean enabled() {
        return token != null;
    }

    public void require(Context ctx) {
        if (token == null) {
            throw HttpProblem.forbidden(
                            "Writes are off on this server: start it with POLICY_KG_ADMIN_TOKEN set to enable them.")
                    .reason("writes-off");
        }
        String header = ctx.header("Authorization");
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip()
                : "";
        if (!MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"policy-kg\"");
            throw HttpProblem.unauthorized("This operation needs 'Authorization: Bearer <admin token>'.");
        }
    }
}
