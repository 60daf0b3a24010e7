package org.policykg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policykg.vocab.PKG;

/**
 * Reads the phrase in role position (the Y of "treating X as Y", "X is the Y of Z"). Role phrases are
 * an open class of the register: each translator renders 根本, 基础, 核心 in words of their own. A
 * phrase that a role of the scheme names is that role; another one headed by a role noun of the
 * register ({@code role-heads.txt}: task, engine, pillar ...) is a candidate role, minted from its
 * words under {@link PKG#ROLE_CANDIDATE_NS} for a curator, so an unknown role never ends a list.
 */
final class RolePhrases {
    /** A role phrase: the role's IRI, the words, and whether the scheme lacks it. */
    record RolePhrase(String iri, Span span, boolean candidate) {}

    private static final int MAX_WORDS = 4;
    /** Skipped before a role: articles, possessives and counts ("the two major themes", "its three pillars"). */
    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "our", "its", "their", "his", "her", "this", "these", "such", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "both");
    /** Words that end a role phrase: what follows a noun phrase in these frames. */
    private static final Set<String> BOUNDARY = boundary();
    /** Words in role position that name no role: "take X as an example", "as soon as", "as well". */
    private static final Set<String> NOT_ROLE = Set.of(
            "example",
            "examples",
            "instance",
            "whole",
            "result",
            "usual",
            "such",
            "well",
            "soon",
            "possible",
            "much",
            "many",
            "long",
            "far",
            "follows",
            "before",
            "yet",
            "ever",
            "always",
            "opportunity",
            "opportunities",
            "reference",
            "one",
            "ones",
            "part",
            "parts",
            "it",
            "them",
            "well-being",
            "means",
            "ways",
            "way",
            "early",
            "quickly",
            "regards",
            "compared",
            "against",
            "follow");

    private static final Set<String> HEADS = heads();
    /** The nouns of the heads of two words ("feature" of "defining feature"), looked up before the pair is. */
    private static final Set<String> PAIRED_NOUNS = HEADS.stream()
            .filter(h -> h.indexOf(' ') > 0)
            .map(h -> h.substring(h.lastIndexOf(' ') + 1))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private RolePhrases() {}

    /**
     * The role phrase at {@code pos}: a role of the scheme (articles, possessives and one evaluative
     * adjective skipped), else a candidate role when the frame admits it, else empty.
     */
    static Optional<RolePhrase> at(String folded, int pos, int limit, Lexicon roles) {
        int start = skipDeterminers(folded, pos, limit);
        Optional<RolePhrase> known = known(folded, start, limit, roles);
        return known.isPresent() ? known : candidate(folded, start, limit);
    }

    /**
     * The role of the scheme at {@code pos}, as {@link #at} reads it, or empty: for the frames that take no
     * candidate role, which need not mint one only to drop it.
     */
    static Optional<RolePhrase> knownAt(String folded, int pos, int limit, Lexicon roles) {
        return known(folded, skipDeterminers(folded, pos, limit), limit, roles);
    }

    private static Optional<RolePhrase> known(String folded, int start, int limit, Lexicon roles) {
        return Phrases.roleAt(folded, start, limit, roles).map(m -> new RolePhrase(m.iri(), m.span(), false));
    }

    private static Optional<RolePhrase> candidate(String folded, int start, int limit) {
        int pos = start;
        int words = 0;
        int end = start;
        String last = null;
        String beforeLast = null;
        while (pos < limit) {
            int wordEnd = Phrases.wordEnd(folded, pos, limit);
            if (wordEnd == pos) {
                break;
            }
            String word = folded.substring(pos, wordEnd);
            if (BOUNDARY.contains(word)) {
                break;
            }
            if (words > 0 && DETERMINERS.contains(word)) {
                return Optional.empty(); // "continuing their missions": a verb and its object, no role phrase
            }
            if (++words > MAX_WORDS) {
                return Optional.empty(); // a clause, not a role phrase
            }
            beforeLast = last;
            last = word;
            end = wordEnd;
            pos = wordEnd;
            // words follow each other across single spaces only: punctuation ends the phrase
            if (pos < limit && folded.charAt(pos) == ' ' && pos + 1 < limit && folded.charAt(pos + 1) != ' ') {
                pos++;
            } else {
                break;
            }
        }
        if (last == null || !admissible(folded, start, end, beforeLast, last)) {
            return Optional.empty();
        }
        String slug = CandidateConcepts.slug(singular(folded.substring(start, end)));
        return slug.isEmpty()
                ? Optional.empty()
                : Optional.of(new RolePhrase(PKG.ROLE_CANDIDATE_NS + slug, new Span(start, end), true));
    }

    /**
     * Whether the phrase {@code [start, end)} of the text, ending in the words {@code beforeLast} (null for a
     * one-word phrase) and {@code last}, may be a role.
     */
    private static boolean admissible(String folded, int start, int end, String beforeLast, String last) {
        // the head noun makes it a role phrase: "as an emergency measure" places nothing, "as our central
        // mission" does (tested first, as most phrases in role position have no such head); a head of two
        // words where the noun alone describes ("the defining feature": "a feature" places nothing)
        String head = singular(last);
        if (!(HEADS.contains(head)
                        || beforeLast != null && PAIRED_NOUNS.contains(head) && HEADS.contains(beforeLast + " " + head))
                || NOT_ROLE.contains(last)
                || !Character.isLetter(folded.charAt(start))
                || last.endsWith("ly")) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (Character.isDigit(folded.charAt(i))) {
                return false; // "as 2025", "as the 14th": dates and numbers are no roles
            }
        }
        return true;
    }

    /** "guarantees" -> "guarantee", "the main bases" stays itself but for its last word. */
    private static String singular(String phrase) {
        if (phrase.endsWith("ies")) {
            return phrase.substring(0, phrase.length() - 3) + "y";
        }
        if (phrase.endsWith("s") && !phrase.endsWith("ss") && !phrase.endsWith("us") && !phrase.endsWith("is")) {
            return phrase.substring(0, phrase.length() - 1);
        }
        return phrase;
    }

    /**
     * Skips spaces, articles and possessives ("as our fundamental task", "as its purpose", "the Party's
     * fundamental purpose", "China's top priority": an owner's possessive relates the role as "of Z" does).
     */
    static int skipDeterminers(String folded, int pos, int limit) {
        while (pos < limit && Character.isWhitespace(folded.charAt(pos))) {
            pos++;
        }
        int wordEnd = Phrases.wordEnd(folded, pos, limit);
        if (wordEnd > pos && wordEnd < limit && folded.charAt(wordEnd) == ' ') {
            String word = folded.substring(pos, wordEnd);
            if (DETERMINERS.contains(word) || isPossessive(word)) {
                return skipDeterminers(folded, wordEnd, limit);
            }
        }
        return pos;
    }

    private static boolean isPossessive(String word) {
        return word.length() > 3 && word.endsWith("'s");
    }

    /** Whether a word heads role phrases in the register ("task", "engine", "pillar"). */
    static boolean isHead(String word) {
        return HEADS.contains(singular(word));
    }

    /** The words that end a known role phrase, and prepositions and verbs a candidate one stops at too. */
    private static Set<String> boundary() {
        Set<String> words = new HashSet<>(Phrases.AFTER_ROLE);
        words.addAll(List.of("were", "among", "across", "throughout", "under", "than", "be"));
        return Set.copyOf(words);
    }

    private static Set<String> heads() {
        return Set.copyOf(WordLists.read("role-heads.txt"));
    }
}
