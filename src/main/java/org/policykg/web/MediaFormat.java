package org.policykg.web;

/** A representation the server offers by content negotiation ({@link Conneg#choose}). */
public interface MediaFormat {
    /** The bare media type, as offered and matched against {@code Accept}. */
    String mediaType();

    /** The {@code Content-Type} an answer in this format carries: text formats say their charset. */
    String contentType();
}
