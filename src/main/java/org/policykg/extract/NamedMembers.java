package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A counted subject whose members are named after the predicate, for {@link CopulaRoleRule}: "the three
 * principles that are the foundation of Z, namely A, B and C", "the two tasks are the key to Z, that is,
 * A and B". The role goes to each member. The count must equal the members listed, so that a list that
 * is something else (a clause, an example) is never read as the subject's members.
 */
final class NamedMembers {
    /** The members, each the concept or candidate it names, and the span from the subject to the list's end. */
    record Members(List<String> concepts, Span evidence) {}

    private static final Map<String, Integer> COUNTS =
            Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);

    /**
     * A counted noun phrase ending the text before the copula, itself or with a relative pronoun after it:
     * "the four principles", "these three tasks that".
     */
    private static final Pattern COUNTED = Pattern.compile(
            "(?:^|\\s)((?:the|these|those|our|its|their)\\s+(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})"
                    + "\\s+(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+s)(?:\\s+(?:that|which))?$");
    /** What introduces the members: ", namely,", ", that is,", ", i.e.," or a colon. */
    private static final Pattern INTRODUCER =
            Pattern.compile(",?\\s+(?:namely|that\\s+is|i\\.e\\.)\\s*[,:]?\\s+|:\\s+");
    /** Where the list ends: a purpose clause, a new clause, the sentence's end. */
    private static final Pattern LIST_END = Pattern.compile(
            "[;.!?]|,?\\s+(?:so\\s+as|in\\s+order|which|so\\s+that|to\\s+ensure|and\\s+(?:we|they|it)\\s)");

    private static final Pattern SEPARATOR = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");
    private static final int MAX_GAP = 120;
    private static final int MAX_MEMBER_WORDS = 5;

    private NamedMembers() {}

    /**
     * The members of a counted subject before {@code copulaStart}, listed after {@code predicateEnd}; empty
     * when the subject is not counted, no list follows, or the list's length is not the count.
     */
    static java.util.Optional<Members> find(
            SentenceContext ctx, int copulaStart, int predicateEnd, CandidateConcepts candidates) {
        String f = ctx.folded();
        Span s = ctx.span();
        Matcher counted = COUNTED.matcher(f).region(s.start(), copulaStart);
        if (!counted.find()) {
            return java.util.Optional.empty();
        }
        int count = COUNTS.getOrDefault(counted.group(2), -1);
        if (count < 0) {
            count = Integer.parseInt(counted.group(2));
        }
        Matcher intro = INTRODUCER.matcher(f).region(predicateEnd, Math.min(s.end(), predicateEnd + MAX_GAP));
        if (!intro.find() || hasStop(f, predicateEnd, intro.start())) {
            return java.util.Optional.empty();
        }
        Matcher end = LIST_END.matcher(f).region(intro.end(), s.end());
        int listEnd = end.find() ? end.start() : s.end();
        List<Span> items = new ArrayList<>();
        int from = intro.end();
        Matcher sep = SEPARATOR.matcher(f).region(intro.end(), listEnd);
        while (sep.find()) {
            items.add(PageReader.trim(f, from, sep.start()));
            from = sep.end();
        }
        items.add(PageReader.trim(f, from, listEnd));
        if (items.size() != count) {
            return java.util.Optional.empty();
        }
        List<String> concepts = new ArrayList<>();
        for (Span item : items) {
            String words = item.of(f);
            if (words.isEmpty() || Phrases.splitCount(words) > MAX_MEMBER_WORDS) {
                return java.util.Optional.empty();
            }
            List<Lexicon.Match> named = Phrases.concepts(f, item, ctx.concepts());
            if (named.size() == 1 && Phrases.covers(f, item, named)) {
                concepts.add(named.get(0).iri());
            } else {
                java.util.Optional<String> candidate = candidates.of(ctx.text(), item);
                if (candidate.isEmpty()) {
                    return java.util.Optional.empty();
                }
                concepts.add(candidate.get());
            }
        }
        return java.util.Optional.of(new Members(concepts, new Span(counted.start(1), listEnd)));
    }

    /** A clause break between the predicate and the list: the list belongs to another clause. */
    private static boolean hasStop(String f, int from, int to) {
        for (int i = from; i < to; i++) {
            if (";.!?".indexOf(f.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
