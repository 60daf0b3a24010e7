package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subject made of gerund clauses: "Safeguarding X, expanding Y, and stabilizing the Z of W are ...".
 * Each clause names what it acts on, and that object is what the predicate places: a concept of the
 * scheme when the object is one, else a candidate of its words. The gerunds mark the conjuncts, so an
 * object may itself contain "and" or "of" without being split.
 */
final class GerundList {
    /** Where one gerund clause ends and the next begins: a comma or "and" before a word in -ing. */
    private static final Pattern GLUE =
            Pattern.compile(",\\s*(?:and\\s+)?(?=\\p{L}{3,}ing\\s)|\\s+and\\s+(?=\\p{L}{3,}ing\\s)");

    private static final Pattern GERUND = Pattern.compile("(?:\\p{L}+ly\\s+)?\\p{L}{3,}ing\\s+");
    /** Gerund-looking words that are nouns or pronouns, not actions on an object. */
    private static final Pattern NOT_GERUND =
            Pattern.compile("(?:no|some|any|every)?thing|during|morning|evening|spring");
    /** The particle of a phrasal verb ("opening up", "carrying out"): part of the action, not its object. */
    private static final Pattern PARTICLE = Pattern.compile("(?:up|out|down|off|forward|ahead|away)\\b\\s*");

    private static final int MAX_WORDS = 20;

    private GerundList() {}

    /** The concepts of the gerund clauses in {@code list}, or empty when it is not two or more of them. */
    static Optional<List<String>> objects(SentenceContext ctx, Span list, CandidateConcepts candidates) {
        String f = ctx.folded();
        // every glue is followed by a gerund and a space: without "ing" and a space in the list there is none
        if (!holdsGerundEnd(f, list) || Phrases.splitCount(list.of(f).strip()) > MAX_WORDS) {
            return Optional.empty();
        }
        List<Span> clauses = new ArrayList<>();
        int from = list.start();
        Matcher glue = GLUE.matcher(f).region(list.start(), list.end());
        while (glue.find()) {
            clauses.add(PageReader.trim(f, from, glue.start()));
            from = glue.end();
        }
        clauses.add(PageReader.trim(f, from, list.end()));
        if (clauses.size() < 2) {
            return Optional.empty();
        }
        List<String> concepts = new ArrayList<>();
        for (Span clause : clauses) {
            Optional<List<String>> object = object(ctx, clause, candidates);
            if (object.isEmpty()) {
                return Optional.empty();
            }
            object.get().stream().filter(c -> !concepts.contains(c)).forEach(concepts::add);
        }
        return Optional.of(concepts);
    }

    /** What one gerund clause acts on: the scheme's concepts when they make up the object, else a candidate. */
    private static Optional<List<String>> object(SentenceContext ctx, Span clause, CandidateConcepts candidates) {
        String f = ctx.folded();
        Matcher gerund = GERUND.matcher(f).region(clause.start(), clause.end());
        if (!gerund.lookingAt()) {
            return Optional.empty();
        }
        String verb = f.substring(clause.start(), gerund.end()).strip();
        verb = verb.substring(verb.lastIndexOf(' ') + 1);
        if (NOT_GERUND.matcher(verb).matches()) {
            return Optional.empty();
        }
        int from = gerund.end();
        Matcher particle = PARTICLE.matcher(f).region(from, clause.end());
        if (particle.lookingAt()) {
            from = particle.end();
            if (from >= clause.end()) {
                return Optional.empty(); // "opening up": the action alone, no object to place
            }
        }
        Span object = new Span(Phrases.skipArticles(f, from, clause.end()), clause.end());
        if (object.length() == 0) {
            return Optional
                    .empty(); // "building and improving the network": a bare gerund acts on the next one's object
        }
        List<Lexicon.Match> matches = Phrases.concepts(f, object, ctx.concepts());
        if (!matches.isEmpty() && Phrases.covers(f, object, matches)) {
            return Optional.of(
                    matches.stream().map(Lexicon.Match::iri).distinct().toList());
        }
        return candidates.of(ctx.text(), object).map(List::of);
    }

    /** Whether "ing" and a {@code \\s} space stand inside {@code list}: what {@link #GLUE}'s look-ahead needs. */
    private static boolean holdsGerundEnd(String f, Span list) {
        for (int i = list.start(); i + 3 < list.end(); i++) {
            if (f.charAt(i) == 'i' && f.startsWith("ng", i + 1) && KeywordPattern.isRegexSpace(f.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }
}
