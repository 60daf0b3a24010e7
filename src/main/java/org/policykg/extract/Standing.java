package org.policykg.extract;

/**
 * Where a document stands in the corpus: the work it is one language version of, and what scholars
 * weigh it by (type, authority tier, issuer and the office held then, channel of publication). Values
 * other than {@code work} and {@code officeHeld} are IRIs of the ontology's schemes; null is unknown.
 *
 * @param work the id of the work this text realises; null means the document's own id
 * @param identifies the cited-document concept ({@code ontology/documents.ttl}) the work is
 * @param officeHeld the office the issuer held when the document was issued, as text
 */
public record Standing(
        String work,
        String identifies,
        String documentType,
        String authorityTier,
        String issuer,
        String officeHeld,
        String channel) {

    public static final Standing EMPTY = new Standing(null, null, null, null, null, null, null);

    /** Fields of {@code override} win where they are set; ours fill the rest. */
    public Standing overriddenBy(Standing override) {
        return new Standing(
                pick(override.work, work),
                pick(override.identifies, identifies),
                pick(override.documentType, documentType),
                pick(override.authorityTier, authorityTier),
                pick(override.issuer, issuer),
                pick(override.officeHeld, officeHeld),
                pick(override.channel, channel));
    }

    /** The same standing with the authority tier set. */
    public Standing withAuthorityTier(String tier) {
        return new Standing(work, identifies, documentType, tier, issuer, officeHeld, channel);
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
