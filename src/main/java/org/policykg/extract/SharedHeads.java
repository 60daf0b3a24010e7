package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Coordinated modifiers that share one head noun: "political, military and cultural security" names
 * three concepts although only the last is written whole. Each modifier before a concept match that,
 * with the match's last word, makes a label of the scheme is a mention of that concept, its evidence
 * the modifier's words. Chinese abbreviates the same way, with or without a 、 between the modifiers:
 * 军事、文化安全 and 经济科技安全 each name two fields.
 */
final class SharedHeads {
    private SharedHeads() {}

    static List<Lexicon.Match> distribute(List<Lexicon.Match> found, String folded, Span sentence, Lexicon concepts) {
        List<Lexicon.Match> out = null;
        for (Lexicon.Match m : found) {
            String words = m.span().of(folded);
            int space = words.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            String head = words.substring(space + 1);
            List<Lexicon.Match> more =
                    modifiersBefore(folded, sentence, m.span().start(), head, concepts);
            if (!more.isEmpty()) {
                out = out == null ? new ArrayList<>(found) : out;
                for (Lexicon.Match x : more) {
                    if (out.stream().noneMatch(o -> o.span().overlaps(x.span()))) {
                        out.add(x);
                    }
                }
            }
        }
        if (out == null) {
            return chinese(found, folded, sentence, concepts);
        }
        out.sort((a, b) -> a.span().start() - b.span().start());
        return chinese(out, folded, sentence, concepts);
    }

    /**
     * The Chinese modifiers before each match written in Han characters. A modifier read as a field wins
     * over a shorter label inside it (经济 read alone), as it names the field the head completes.
     */
    private static List<Lexicon.Match> chinese(
            List<Lexicon.Match> found, String folded, Span sentence, Lexicon concepts) {
        List<Lexicon.Match> out = null;
        for (Lexicon.Match m : found) {
            if (!Lexicon.isHan(folded.charAt(m.span().end() - 1))) {
                continue;
            }
            List<Lexicon.Match> more = hanModifiersBefore(folded, sentence.start(), m, concepts);
            if (!more.isEmpty()) {
                out = out == null ? new ArrayList<>(found) : out;
                out.removeIf(o -> more.stream().anyMatch(x -> x.span().overlaps(o.span())));
                out.addAll(more);
            }
        }
        if (out == null) {
            return found;
        }
        out.sort((a, b) -> a.span().start() - b.span().start());
        return out;
    }

    /** The scope a field is named in (国家数据安全), never a field of a fused list itself. */
    private static final String NATIONAL_SCOPE = "国家";

    /** The shortest label will not do as a head: one character completes too many words into labels. */
    private static final int MIN_HAN_HEAD = 2;
    /** The longest modifier tried: the fields' names are two to four characters. */
    private static final int MAX_HAN_MODIFIER = 6;

    /**
     * Walks left from a Han match over modifiers that each, with the match's head (its last characters,
     * the longest that works), make a label: fused (经济科技安全) or joined by 、和与及.
     */
    private static List<Lexicon.Match> hanModifiersBefore(String folded, int floor, Lexicon.Match m, Lexicon concepts) {
        String label = m.span().of(folded);
        for (int h = label.length() - 1; h >= MIN_HAN_HEAD; h--) {
            String head = label.substring(label.length() - h);
            List<Lexicon.Match> out = new ArrayList<>();
            int pos = m.span().start();
            // modifiers fused to the match, then to each other, until the first joined by a mark
            int fusedCount = 0;
            boolean joined = false;
            while (true) {
                Lexicon.Match next = hanModifierEndingAt(folded, floor, pos, head, concepts);
                if (joined
                        && next != null
                        && !opensFusedList(folded, floor, next.span().start())) {
                    next = null; // 维护国家政权安全、制度安全: 国家 is the scope of the list, not a field of it
                }
                if (!joined && next != null && next.span().of(folded).equals(NATIONAL_SCOPE)) {
                    next = null; // 国家数据安全 "national data security": 国家 fused to a field is its scope
                }
                boolean fused = next != null;
                if (!fused) {
                    pos = pastAdjective(folded, floor, pos); // 粮食、能源资源、重要数据安全
                }
                if (!fused && pos - 1 > floor && "、和与及".indexOf(folded.charAt(pos - 1)) >= 0) {
                    next = hanModifierEndingAt(folded, floor, pos - 1, head, concepts);
                    joined = true;
                }
                if (next == null || next.iri().equals(m.iri())) {
                    break; // 数据及数据安全: the field's own modifier again is no second field
                }
                out.add(next);
                fusedCount += fused && !joined ? 1 : 0;
                pos = next.span().start();
            }
            if (fusedCount > 0
                    && !opensFusedList(
                            folded, floor, out.get(fusedCount - 1).span().start())) {
                // 国家粮食安全, 维护生物资源安全: a scope or a kind before the field, not a list of fields
                out.clear();
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /** Adjectives an item of a list of fields may carry before its field (重要数据安全). */
    private static final List<String> ITEM_ADJECTIVES = List.of("重要", "关键", "重点", "主要");

    /**
     * The start of an adjective of {@link #ITEM_ADJECTIVES} right before {@code pos} when a list's mark
     * stands before it, else {@code pos}: the adjective qualifies one item, not the list.
     */
    private static int pastAdjective(String folded, int floor, int pos) {
        for (String adjective : ITEM_ADJECTIVES) {
            int at = pos - adjective.length();
            if (at - 1 > floor && folded.startsWith(adjective, at) && "、和与及".indexOf(folded.charAt(at - 1)) >= 0) {
                return at;
            }
        }
        return pos;
    }

    /**
     * Whether a run of fused modifiers starts where a list may: at the clause's edge, after 以 or 把 (以经济科技安全为基础)
     * or after a 、 of a list.
     */
    private static boolean opensFusedList(String folded, int floor, int start) {
        if (start == floor) {
            return true;
        }
        char before = folded.charAt(start - 1);
        return !Lexicon.isHan(before) || "以把、".indexOf(before) >= 0;
    }

    /** The longest run of Han characters ending at {@code end} that with {@code head} makes a label, or null. */
    private static Lexicon.Match hanModifierEndingAt(String folded, int floor, int end, String head, Lexicon concepts) {
        int start = end;
        while (start > floor && end - start < MAX_HAN_MODIFIER && Lexicon.isHan(folded.charAt(start - 1))) {
            start--;
        }
        for (int s = start; s < end - 1; s++) {
            Optional<String> iri = concepts.exact(folded, s, end, head);
            if (iri.isPresent()) {
                return new Lexicon.Match(iri.get(), new Span(s, end));
            }
        }
        return null;
    }

    /** Walks left over "X, Y and" / "X or": each word that makes a label with the head is a concept. */
    private static List<Lexicon.Match> modifiersBefore(
            String folded, Span sentence, int start, String head, Lexicon concepts) {
        List<Lexicon.Match> out = new ArrayList<>();
        int pos = start;
        while (true) {
            int glue = glueBefore(folded, sentence.start(), pos);
            if (glue < 0) {
                return out;
            }
            int wordEnd = glue;
            int wordStart = wordEnd;
            while (wordStart > sentence.start()
                    && (Lexicon.isWordChar(folded.charAt(wordStart - 1)) || folded.charAt(wordStart - 1) == '-')) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                return out;
            }
            Optional<String> iri = concepts.exact(folded.substring(wordStart, wordEnd) + " " + head);
            if (iri.isEmpty()) {
                return out;
            }
            out.add(new Lexicon.Match(iri.get(), new Span(wordStart, wordEnd)));
            pos = wordStart;
        }
    }

    /** The end of the word before a coordinating ", ", " and ", ", and " or " or " before {@code pos}, or -1. */
    private static int glueBefore(String folded, int floor, int pos) {
        for (String glue : new String[] {", and ", ", or ", " and ", " or ", ", "}) {
            int at = pos - glue.length();
            if (at > floor && folded.startsWith(glue, at)) {
                return at;
            }
        }
        return -1;
    }
}
