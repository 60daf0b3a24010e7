package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.vocab.PKG;

/**
 * What the concept labels of a Chinese sentence name once its words are read: a label followed by 化 is
 * part of an adjective (法治化 "law-based"), a label opening with 民 right after 人 is split out of 人民
 * (人民生命), and 党对X的领导 names the Party's leadership whatever X it leads (坚持中国共产党对Y工作的领导),
 * one mention over the words inside it, as the longest phrase is.
 */
final class ChineseMentions {
    /** The Party's leadership of a field: the Party, 对, the field, 的, the leadership (not 绝对领导, the military's). */
    private static final Pattern LEADERSHIP = Pattern.compile("(?:中国共产党|党中央|党)对[^，。；：！？、\\n]{1,20}?的(?:集中统一|全面)?领导");

    private static final String PARTY_LEADERSHIP_LABEL = "党的领导";
    /** The suffix that makes a field's name the name of a view of it (全球治理观, 发展观). */
    private static final char OUTLOOK = '观';

    private ChineseMentions() {}

    static List<Lexicon.Match> read(List<Lexicon.Match> found, String folded, Span sentence, Lexicon concepts) {
        List<Lexicon.Match> out = null;
        for (Lexicon.Match m : found) {
            Span s = m.span();
            if (!Lexicon.isHan(folded.charAt(s.end() - 1))) {
                continue;
            }
            boolean adjective = s.end() < sentence.end() && folded.charAt(s.end()) == '化';
            if (s.end() < sentence.end() && folded.charAt(s.end()) == OUTLOOK) {
                // 全球治理观 "the vision of global governance": the outlook is the phrase named, a candidate
                // of its own words; the field inside it is no mention
                out = out == null ? new ArrayList<>(found) : out;
                out.remove(m);
                Span whole = new Span(s.start(), s.end() + 1);
                out.add(new Lexicon.Match(PKG.CANDIDATE_NS + Slugs.of(whole.of(folded)), whole));
                continue;
            }
            boolean splitPeople = s.start() > sentence.start()
                    && folded.charAt(s.start()) == '民'
                    && folded.charAt(s.start() - 1) == '人';
            if (adjective || splitPeople) {
                out = out == null ? new ArrayList<>(found) : out;
                out.remove(m);
            }
        }
        if (out != null) {
            out.sort((a, b) -> a.span().start() - b.span().start());
        }
        List<Lexicon.Match> result = withTerms(out == null ? found : out, folded, sentence);
        // every match holds 党 and 领导: a sentence without either needs no matcher
        if (CharScan.indexOf(folded, "领导", sentence.start(), sentence.end()) < 0
                || CharScan.indexOf(folded, '党', sentence.start(), sentence.end()) < 0) {
            return result;
        }
        Matcher lead = LEADERSHIP.matcher(folded).region(sentence.start(), sentence.end());
        Optional<String> iri = concepts.exact(PARTY_LEADERSHIP_LABEL);
        while (lead.find() && iri.isPresent()) {
            Span span = new Span(lead.start(), lead.end());
            result = new ArrayList<>(result);
            result.removeIf(m -> m.span().overlaps(span));
            result.add(new Lexicon.Match(iri.get(), span));
            result.sort((a, b) -> a.span().start() - b.span().start());
        }
        return result;
    }

    /**
     * The set phrases the scheme lacks ({@link ChineseTermShapes}) added, each in place of the labels inside
     * it; not where a label of the scheme ends with it (the scheme names the phrase) or crosses it.
     */
    private static List<Lexicon.Match> withTerms(List<Lexicon.Match> found, String folded, Span sentence) {
        List<Lexicon.Match> terms = ChineseTermShapes.find(folded, sentence);
        if (terms.isEmpty()) {
            return found;
        }
        List<Lexicon.Match> result = new ArrayList<>(found);
        for (Lexicon.Match term : terms) {
            Span t = term.span();
            boolean named = result.stream()
                    .anyMatch(m -> m.span().overlaps(t) && !t.contains(m.span())
                            || m.span().equals(t));
            if (!named) {
                result.removeIf(m -> t.contains(m.span()));
                result.add(term);
            }
        }
        result.sort((a, b) -> a.span().start() - b.span().start());
        return result;
    }
}
