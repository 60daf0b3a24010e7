package org.policykg.web.ui;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.policykg.web.SiteHeader;

/**
 * {@code /timeline/{id}}: a concept's or formulation's timeline as a chart, with links to its data
 * (CSV, JSON-LD) and the chart as SVG, and, for a concept, its wording in each work in English beside
 * Chinese. A fixed page; its scripts read {@code /api/concepts/{id}/timeline} and
 * {@code /api/concepts/{id}/wording}, which answer 404 for an unknown id.
 */
public final class TimelinePage {
    private final String page;

    public TimelinePage() {
        try (InputStream in = TimelinePage.class.getResourceAsStream("/ui/timeline.html")) {
            if (in == null) {
                throw new IllegalStateException("missing UI resource /ui/timeline.html");
            }
            page = SiteHeader.fill(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void register(RoutesConfig routes) {
        routes.get(
                "/timeline/{id}",
                ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
    }
}
