package org.policykg.web.ui;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.policykg.web.SiteHeader;

/**
 * The curator's page ({@code /candidates}): the candidates ranked, with the decision forms. Fixed HTML
 * like the other pages; its script reads {@code /api/candidates} and posts decisions with the admin
 * token the curator types in.
 */
public final class CandidatePage {
    private final String page;

    public CandidatePage() {
        try (InputStream in = CandidatePage.class.getResourceAsStream("/ui/candidates.html")) {
            if (in == null) {
                throw new IllegalStateException("missing UI resource /ui/candidates.html");
            }
            page = SiteHeader.fill(new String(in.readAllBytes(), StandardCharsets.UTF_8), "/candidates");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void register(JavalinConfig config) {
        config.routes.get(
                "/candidates",
                ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
    }
}
