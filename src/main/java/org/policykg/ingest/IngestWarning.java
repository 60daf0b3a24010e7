package org.policykg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a curator should know about an ingested document: what the extractor did not understand (no
 * statements, a language it does not read) and what it introduced beside the schemes (candidate
 * concepts and roles, with their labels, for a curator to accept or reject).
 *
 * @param code a stable name a client can test: {@value #NO_STATEMENTS}, {@value #LANGUAGE_NOT_READ},
 *     {@value #CANDIDATE_CONCEPTS}, {@value #CANDIDATE_ROLES}
 * @param count how many candidates, for the candidate codes; 0 otherwise
 * @param labels the candidates' labels, for the candidate codes; empty otherwise
 */
public record IngestWarning(String code, String message, int count, List<String> labels) {
    public static final String NO_STATEMENTS = "no-statements";
    public static final String LANGUAGE_NOT_READ = "language-not-read";
    public static final String CANDIDATE_CONCEPTS = "candidate-concepts";
    public static final String CANDIDATE_ROLES = "candidate-roles";

    /** The labels a message names; the list in {@link #labels()} holds them all. */
    private static final int LABELS_IN_MESSAGE = 10;

    public IngestWarning {
        labels = List.copyOf(labels);
    }

    /** Whether the warning says the extractor did not understand something, rather than what it added. */
    public boolean notUnderstood() {
        return code.equals(NO_STATEMENTS) || code.equals(LANGUAGE_NOT_READ);
    }

    /** The warnings of one document's result, those of what was not understood first. */
    static List<IngestWarning> of(
            String languageWarning,
            Map<String, Long> counts,
            List<DocumentIngest.Candidate> concepts,
            List<DocumentIngest.Candidate> roles) {
        List<IngestWarning> out = new ArrayList<>();
        if (languageWarning != null) {
            out.add(new IngestWarning(LANGUAGE_NOT_READ, languageWarning, 0, List.of()));
        }
        if (counts.values().stream().mapToLong(Long::longValue).sum() == 0) {
            out.add(new IngestWarning(
                    NO_STATEMENTS,
                    "No statements were found in the text: no role, pair, priority, directive, date or figure the"
                            + " extractor's rules recognise. The document and its sentences are stored; check that"
                            + " the text is the document's body.",
                    0,
                    List.of()));
        }
        candidates(out, CANDIDATE_CONCEPTS, "candidate concept", "not in the concept scheme", concepts);
        candidates(out, CANDIDATE_ROLES, "candidate role", "not among the scheme's roles", roles);
        return out;
    }

    private static void candidates(
            List<IngestWarning> out, String code, String noun, String why, List<DocumentIngest.Candidate> found) {
        if (found.isEmpty()) {
            return;
        }
        List<String> labels = found.stream()
                .map(c -> c.label() != null ? c.label() : c.iri())
                .distinct()
                .toList();
        String named = String.join(", ", labels.subList(0, Math.min(LABELS_IN_MESSAGE, labels.size())))
                + (labels.size() > LABELS_IN_MESSAGE ? ", ..." : "");
        out.add(new IngestWarning(
                code,
                found.size() + " " + noun + (found.size() == 1 ? "" : "s") + " introduced (" + why
                        + "), for a curator to review: " + named + ".",
                found.size(),
                labels));
    }
}
