package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.vocab.PKG;

/**
 * Mints IRIs for noun phrases that act like concepts (the subject of a role statement) but are not in
 * the scheme. The IRI depends only on the words, so the same phrase in two documents is one
 * candidate, which a curator can accept into the scheme.
 */
public final class CandidateConcepts {
    private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an|our|its|their|his|her)\\s+");
    private static final int MAX_WORDS = 5;
    private static final int MAX_CONJUNCT_WORDS = 3;
    private static final Pattern CONJUNCTION = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");

    /** @return the candidate's IRI, or empty when the phrase is too long or empty to be a concept */
    Optional<String> of(String text, Span phrase) {
        return of(text, phrase, MAX_WORDS);
    }

    /**
     * A candidate of up to {@code maxWords} words, for a frame that marks a longer noun phrase as the one
     * concept it is about ("the ultimate goal of Z is the free development of every person").
     */
    Optional<String> of(String text, Span phrase, int maxWords) {
        String words = ARTICLE.matcher(Lexicon.fold(phrase.of(text)).strip()).replaceFirst("");
        if (words.isEmpty() || Phrases.splitCount(words) > maxWords || !Character.isLetter(words.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(PKG.CANDIDATE_NS + slug(words));
    }

    /** The slug a candidate's IRI ends in: {@link Slugs#of}. */
    public static String slug(String words) {
        return Slugs.of(words);
    }

    /**
     * The candidates a coordinated phrase outside the scheme names: one a conjunct ("reform and
     * innovation"), gerunds giving their objects; the whole phrase when it is no such list.
     */
    List<String> ofConjuncts(String text, String folded, Span phrase, Lexicons lexicons) {
        return conjuncts(folded, phrase, lexicons).stream()
                .map(c -> of(text, c))
                .flatMap(Optional::stream)
                .toList();
    }

    /** "A and B", "A, B and C": the conjuncts when each is a short phrase; else the whole phrase. */
    static List<Span> conjuncts(String f, Span phrase, Lexicons lexicons) {
        List<Span> parts = new ArrayList<>();
        int from = phrase.start();
        Matcher glue = CONJUNCTION.matcher(f).region(phrase.start(), phrase.end());
        while (glue.find()) {
            if (glue.group().contains("and")
                    && lexicons.compound(f.substring(from, glue.start()), f.substring(glue.end(), phrase.end()))) {
                continue; // "science and technology" names one thing
            }
            if (glue.group().contains("and") && sharesHead(f, from, glue.start(), glue.end(), phrase.end())) {
                continue; // "material and spiritual advancement": a standing couple before the head they share
            }
            parts.add(PageReader.trim(f, from, glue.start()));
            from = glue.end();
        }
        parts.add(PageReader.trim(f, from, phrase.end()));
        // "defending the regime, ensuring independence": the role goes to what each gerund acts on
        List<Span> objects = parts.stream().map(p -> gerundObject(f, p)).toList();
        boolean short_ =
                objects.stream().allMatch(p -> p.length() > 0 && Phrases.splitCount(p.of(f)) <= MAX_CONJUNCT_WORDS);
        // "scientific and technological self-reliance": a lone word beside longer conjuncts is a modifier
        // sharing their head, not a phrase of its own
        boolean sharedHead = objects.size() > 1
                && objects.stream().anyMatch(p -> Phrases.splitCount(p.of(f)) == 1)
                && objects.stream().anyMatch(p -> Phrases.splitCount(p.of(f)) > 1);
        return short_ && !sharedHead ? objects : List.of(phrase);
    }

    /** Whether the last word before "and" and the first after it are a standing couple with a head after it. */
    private static boolean sharesHead(String f, int leftStart, int andStart, int rightStart, int end) {
        int leftWord = f.lastIndexOf(' ', andStart - 1) + 1;
        int rightWordEnd = Phrases.wordEnd(f, rightStart, end);
        return leftWord >= leftStart
                && rightWordEnd < end
                && f.charAt(rightWordEnd) == ' '
                && Character.isLetter(f.charAt(Math.min(rightWordEnd + 1, end - 1)))
                && StandingCouples.isCouple(f.substring(leftWord, andStart), f.substring(rightStart, rightWordEnd));
    }

    /**
     * The object of a leading gerund ("safeguarding the sovereignty" -> "sovereignty"), past a phrasal verb's
     * particle ("carrying out reform" -> "reform"); a gerund and its particle alone ("opening up") name the
     * action itself, so the phrase stays whole.
     */
    private static Span gerundObject(String f, Span phrase) {
        int end = Phrases.wordEnd(f, phrase.start(), phrase.end());
        String first = f.substring(phrase.start(), end);
        if (first.length() > 5 && first.endsWith("ing") && end < phrase.end()) {
            Matcher particle = PARTICLE.matcher(f).region(end, phrase.end());
            if (particle.lookingAt()) {
                if (particle.end() >= phrase.end()) {
                    return phrase;
                }
                end = particle.end();
            }
            return new Span(Phrases.skipArticles(f, end, phrase.end()), phrase.end());
        }
        return phrase;
    }

    /** A phrasal verb's particle after its gerund, with the space before it. */
    private static final Pattern PARTICLE = Pattern.compile("\\s+(?:up|out|down|off|forward|ahead|away)\\b\\s*");
}
