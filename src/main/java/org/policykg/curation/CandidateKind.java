package org.policykg.curation;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.policykg.vocab.PKG;

/**
 * The two kinds of candidate a curator decides about: concepts the concept scheme lacks and role
 * phrases the role scheme lacks. Each kind has its candidates' namespace and class, and the
 * namespace and scheme of the members they can become.
 */
public enum CandidateKind {
    CONCEPT("concept", PKG.CANDIDATE_NS, PKG.CandidateConcept, PKG.CONCEPT_NS, PKG.SecurityConceptScheme),
    ROLE("role", PKG.ROLE_CANDIDATE_NS, PKG.CandidateRole, PKG.ROLE_NS, PKG.RoleScheme);

    /** What a slug the extractor mints is made of ({@code Slugs}): anything else names no candidate. */
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,199}");

    private final String id;
    private final String candidateNamespace;
    private final Resource candidateClass;
    private final String memberNamespace;
    private final Resource scheme;

    CandidateKind(
            String id, String candidateNamespace, Resource candidateClass, String memberNamespace, Resource scheme) {
        this.id = id;
        this.candidateNamespace = candidateNamespace;
        this.candidateClass = candidateClass;
        this.memberNamespace = memberNamespace;
        this.scheme = scheme;
    }

    /** "concept" or "role", as the API spells the kind. */
    public String id() {
        return id;
    }

    public String candidateNamespace() {
        return candidateNamespace;
    }

    public Resource candidateClass() {
        return candidateClass;
    }

    public String memberNamespace() {
        return memberNamespace;
    }

    public Resource scheme() {
        return scheme;
    }

    /** The candidate's IRI from its slug. */
    public String candidate(String slug) {
        return candidateNamespace + slug;
    }

    /** Whether the IRI is a candidate of this kind. */
    public boolean isCandidate(String iri) {
        return iri.startsWith(candidateNamespace)
                && SLUG.matcher(iri.substring(candidateNamespace.length())).matches();
    }

    /** The slug of a candidate of this kind. */
    public String slug(String candidateIri) {
        return candidateIri.substring(candidateNamespace.length());
    }

    /** The kind the API names, if any. */
    public static Optional<CandidateKind> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /** Whether a path segment can be a candidate's slug. */
    public static boolean isSlug(String slug) {
        return slug != null && SLUG.matcher(slug).matches();
    }
}
