package org.policykg.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Content negotiation for every representation the server writes: picks the best of {@code offers}
 * for the request's {@code Accept} (the first offer when there is none) and always sets
 * {@code Vary: Accept}, since the answer depends on it.
 */
public final class Conneg {
    private record Offer(String accept, List<String> offers) {}

    /** Successful matches only: an unreadable or unacceptable Accept raises its problem every time. */
    private static final Cache<Offer, String> NEGOTIATED =
            Caffeine.newBuilder().maximumSize(256).build();

    private Conneg() {}

    /**
     * @param offers media types in order of preference; the first is the default
     * @throws HttpProblem 406 naming the offers when none is acceptable
     */
    public static String negotiate(Context ctx, List<String> offers) {
        vary(ctx, "Accept");
        return negotiate(ctx.header("Accept"), offers);
    }

    /**
     * The best of {@code offers} for the request's {@code Accept}, as a typed format.
     *
     * @param offers in order of preference; the first is the default
     * @throws HttpProblem 406 naming the offers when none is acceptable
     */
    public static <F extends MediaFormat> F choose(Context ctx, List<F> offers) {
        String chosen =
                negotiate(ctx, offers.stream().map(MediaFormat::mediaType).toList());
        for (F f : offers) {
            if (f.mediaType().equals(chosen)) {
                return f;
            }
        }
        throw new IllegalStateException("negotiated a media type not offered: " + chosen);
    }

    /** Adds {@code header} to the response's {@code Vary}, keeping what is there (CORS adds Origin). */
    public static void vary(Context ctx, String header) {
        String current = ctx.res().getHeader("Vary");
        if (current == null || current.isBlank()) {
            ctx.header("Vary", header);
        } else if (!List.of(current.toLowerCase(java.util.Locale.ROOT).split("\\s*,\\s*"))
                .contains(header.toLowerCase(java.util.Locale.ROOT))) {
            ctx.header("Vary", current + ", " + header);
        }
    }

    public static String negotiate(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.get(0);
        }
        // clients send the same few Accept headers over and over: parse and match each only once
        return NEGOTIATED.get(new Offer(accept, offers), o -> match(o.accept(), o.offers()));
    }

    private static String match(String accept, List<String> offers) {
        MediaType match;
        try {
            match = AcceptList.match(new AcceptList(accept), AcceptList.create(offers.toArray(String[]::new)));
        } catch (RuntimeException e) {
            throw HttpProblem.badRequest("The Accept header could not be read: " + accept);
        }
        if (match == null) {
            throw HttpProblem.notAcceptable("None of the media types in Accept (" + accept
                    + ") is offered here. Offered: " + String.join(", ", offers));
        }
        return match.getContentTypeStr();
    }
}
