package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Treating X as Y" (also "treat", "take", "taking"): the 以…为… construction of Party texts in
 * translation. Each concept of X gets role Y; a list that goes on ("X as Y, Z as W") is followed.
 */
final class TreatAsRule implements Rule {
    private static final Pattern VERB = Pattern.compile("\\b(?:treat|treats|treating|treated|take|takes|taking)\\s+");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s*(?:,\\s*(?:and\\s+)?|;\\s*|\\s+and\\s+)");
    private static final int MAX_SUBJECT = 160;

    private final CandidateConcepts candidates;

    TreatAsRule(CandidateConcepts candidates) {
        this.candidates = candidates;
    }

    @Override
    public String id() {
        return "treat-as";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        if (!(ctx.mentions("treat", "tak"))) {
            return List.of();
        }
        String f = ctx.folded();
        Span s = ctx.span();
        List<Finding> out = new ArrayList<>();
        Matcher verb = VERB.matcher(f).region(s.start(), s.end());
        int from = s.start();
        // region() + find(), never find(int): find(int) resets the region and scans the rest of the document
        while (from < s.end() && verb.region(from, s.end()).find()) {
            int clauseStart = verb.start();
            int subjectStart = verb.end();
            Optional<int[]> pair = nextPair(ctx, subjectStart, clauseStart, out);
            if (pair.isEmpty()) {
                from = verb.end();
                continue;
            }
            int end = pair.get()[0];
            // "X as Y, Z as W, and V as U": each further pair shares the verb
            while (true) {
                Matcher cont = CONTINUATION.matcher(f).region(end, s.end());
                if (!cont.lookingAt()) {
                    break;
                }
                Optional<int[]> next = nextPair(ctx, cont.end(), clauseStart, out);
                if (next.isEmpty()) {
                    break;
                }
                end = next.get()[0];
            }
            from = end;
        }
        return out;
    }

    /** Reads "X as Y" at {@code start}; adds its findings and returns the end of Y. */
    private Optional<int[]> nextPair(SentenceContext ctx, int start, int clauseStart, List<Finding> out) {
        String f = ctx.folded();
        int limit = Math.min(ctx.span().end(), start + MAX_SUBJECT);
        // the first " as " closes X: "data security as the key point, and Y as a guarantee" is two pairs
        int as = f.indexOf(" as ", start);
        if (as > start && as < limit && as + 4 <= ctx.span().end()) {
            Optional<Lexicon.Match> role = Phrases.roleAt(f, as + 4, ctx.span().end(), ctx.roles());
            if (role.isPresent()) {
                Span evidence = new Span(clauseStart, role.get().span().end());
                List<String> concepts = Phrases.concepts(f, new Span(start, as), ctx.concepts()).stream()
                        .map(Lexicon.Match::iri)
                        .toList();
                if (concepts.isEmpty()) {
                    // "take coal as the foundation": a short noun phrase outside the scheme is a candidate
                    concepts = candidates.of(ctx.text(), new Span(start, as)).stream()
                            .toList();
                }
                for (String c : concepts) {
                    out.add(new Finding.Role(id(), c, role.get().iri(), evidence, ctx.sentence()));
                }
                return Optional.of(new int[] {role.get().span().end()});
            }
        }
        return Optional.empty();
    }
}
