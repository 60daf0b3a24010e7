package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.policykg.extract.Structure.Sentence;

/**
 * The rule-based extractor: reader, segmenter, then every rule over every sentence in order (later
 * rules see what earlier ones found in the sentence). The lexicons come from the SKOS schemes of
 * {@code ontology/} and the directive verb list, so a new label teaches the extractor a new word
 * without touching code.
 */
public final class RuleExtractor {
    /** Bumped whenever a rule or the lexicon handling changes what comes out. */
    public static final String VERSION = "0.11.0";

    private final PageReader reader = new PageReader();
    private final Segmenter segmenter = new Segmenter();
    private final CandidateConcepts candidates = new CandidateConcepts();
    private final List<Rule> rules = List.of(
            new TreatAsRule(candidates),
            new CopulaRoleRule(candidates),
            new ChineseRoleRule(),
            new PriorityRule(),
            new MostRoleRule(),
            new DirectiveRule(),
            new ChineseDirectiveRule(),
            new ThisIsRoleRule(),
            new PairRule(candidates),
            new ChinesePairRule(),
            new CandidateMentionRule(candidates),
            EntityRule.actors(),
            EntityRule.documents(),
            new QuoteRule(),
            new TemporalRule(),
            new FigureRule(),
            new ChineseFigureRule());
    private final Lexicons lexicons;

    public RuleExtractor(Model vocabulary) {
        this.lexicons = Lexicons.of(vocabulary);
    }

    /** The base form of a directive verb ("strengthening" -> "strengthen"); other words unchanged. */
    public String lemma(String word) {
        String lemma = lexicons.verbLemma(word);
        return lemma == null ? word : lemma;
    }

    /** Ids of the rules this extractor runs, the concept-mention rule included. */
    public List<String> ruleIds() {
        List<String> ids = new ArrayList<>();
        ids.add(Finding.Mention.RULE);
        rules.forEach(r -> ids.addAll(r.ids()));
        return ids.stream().distinct().toList();
    }

    /**
     * @param curated metadata from a curator (a sidecar file or an API call); it wins over what the
     *     page states
     */
    public ExtractedDocument extract(SourceText source, Metadata curated) {
        Page page = reader.read(source);
        Structure structure = segmenter.segment(page);
        String folded = Lexicon.fold(page.reading());
        List<Finding> findings = new ArrayList<>();
        Metadata metadata = page.metadata().overriddenBy(curated);
        DocumentMemory memory = new DocumentMemory(
                metadata.issued() == null ? null : metadata.issued().getYear(), folded);
        List<Finding> previous = List.of();
        Sentence previousSentence = null;
        for (Sentence sentence : structure.sentences()) {
            Deadline.check();
            if (previousSentence != null && previousSentence.paragraph() != sentence.paragraph()) {
                previous = List.of(); // a demonstrative does not reach back across paragraphs
            }
            List<Finding> found = new ArrayList<>();
            Lexicon.Hits hits = lexicons.all().hits(folded, sentence.span());
            String foldedSentence = sentence.span().of(folded);
            for (Lexicon.Match m : mentions(hits, folded, foldedSentence, source.text(), sentence)) {
                found.add(new Finding.Mention(m.iri(), m.span(), sentence));
            }
            boolean digit = SentenceContext.hasDigit(folded, sentence.span());
            List<Finding> earlier = List.copyOf(found); // copied again only when a rule adds to it
            SentenceMemo memo = new SentenceMemo(foldedSentence);
            SentenceWords words = new SentenceWords(folded, sentence.span());
            for (Rule rule : rules) {
                SentenceContext ctx = new SentenceContext(
                        page.reading(),
                        folded,
                        sentence,
                        previous,
                        earlier,
                        lexicons,
                        memory,
                        foldedSentence,
                        hits,
                        digit,
                        memo,
                        words);
                List<Finding> added = rule.apply(ctx);
                if (!added.isEmpty()) {
                    found.addAll(added);
                    earlier = List.copyOf(found);
                }
            }
            found = withoutMentionsInNames(found, hits, folded, sentence);
            findings.addAll(found);
            previous = found;
            previousSentence = sentence;
        }
        return new ExtractedDocument(source, metadata, structure, findings);
    }

    /**
     * The concepts a sentence names: labels of the concept scheme, and set phrases of the formulations
     * scheme written without quotation marks ("high-quality development" used as a concept; quoted, it
     * is a formulation use, which the formulation rule reads). Where two overlap, the longer wins.
     */
    private List<Lexicon.Match> mentions(
            Lexicon.Hits hits, String folded, String foldedSentence, String text, Sentence sentence) {
        List<Lexicon.Match> concepts = hits.find(lexicons.concepts(), folded, sentence.span());
        List<Lexicon.Match> all = new ArrayList<>(concepts);
        for (Lexicon.Match f : hits.find(lexicons.formulations(), folded, sentence.span())) {
            // a doctrine named after a leader ("Xi Jinping Thought") names a body of thought, not a concept; a
            // body's name inside a set phrase ("the system of people's congresses") is a word of the phrase
            if (!quoted(text, f.span(), sentence.span())
                    && !(namesDoctrine(folded, f.span())
                            && !hits.find(lexicons.actors(), folded, f.span()).isEmpty())) {
                all.add(f);
            }
        }
        List<Lexicon.Match> found = all.size() == concepts.size() ? concepts : Lexicon.leftmostLongest(all);
        if (found.stream().anyMatch(m -> beginsEventName(text, m.span()))) {
            found = found.stream().filter(m -> !beginsEventName(text, m.span())).toList();
        }
        List<Lexicon.Match> distributed = SharedHeads.distribute(found, folded, sentence.span(), lexicons.concepts());
        List<Lexicon.Match> examples =
                new ArrayList<>(FieldExamples.find(folded, foldedSentence, sentence.span(), lexicons.concepts()));
        examples.addAll(ShortForms.find(folded, foldedSentence, sentence.span()));
        if (!examples.isEmpty()) {
            distributed = new ArrayList<>(distributed);
            for (Lexicon.Match x : examples) {
                if (distributed.stream().noneMatch(o -> o.span().overlaps(x.span()))) {
                    distributed.add(x);
                }
            }
        }
        return ChineseMentions.read(withoutGlosses(distributed, folded), folded, sentence.span(), lexicons.concepts());
    }

    /** The words that make a set phrase named after a person a doctrine: "Thought", "Theory", 思想, 理论. */
    private static final java.util.regex.Pattern DOCTRINE =
            java.util.regex.Pattern.compile("\\b(?:thought|theory)\\b|思想|理论");

    /** Whether {@link #DOCTRINE} is found in the phrase: only where one of its words stands in it at all. */
    private static boolean namesDoctrine(String folded, Span phrase) {
        boolean any = false;
        for (String word : DOCTRINE_WORDS) {
            any |= CharScan.indexOf(folded, word, phrase.start(), phrase.end() - word.length() + 1) >= 0;
        }
        return any && DOCTRINE.matcher(phrase.of(folded)).find();
    }

    private static final List<String> DOCTRINE_WORDS = List.of("thought", "theory", "思想", "理论");

    /**
     * A bracketed restatement right after a mention of the same concept, the acronym ("the Global Security
     * Initiative (GSI)") or the Chinese original a translation glosses ("categorization and grading
     * (分类分级)"), names that concept once more in the same breath: one mention, not two.
     */
    private static List<Lexicon.Match> withoutGlosses(List<Lexicon.Match> found, String folded) {
        if (found.size() < 2) {
            return found;
        }
        List<Lexicon.Match> byStart = new ArrayList<>(found);
        byStart.sort((a, b) -> a.span().start() - b.span().start());
        List<Lexicon.Match> kept = new ArrayList<>(found.size());
        Lexicon.Match before = null;
        for (Lexicon.Match m : byStart) {
            if (before != null && before.iri().equals(m.iri()) && bracketedAfter(folded, before.span(), m.span())) {
                continue;
            }
            kept.add(m);
            before = m;
        }
        return kept.size() == found.size() ? found : kept;
    }

    /** Whether {@code gloss} stands alone in brackets right after {@code name}. */
    private static boolean bracketedAfter(String folded, Span name, Span gloss) {
        int i = name.end();
        while (i < gloss.start() && folded.charAt(i) == ' ') {
            i++;
        }
        if (i >= gloss.start() || folded.charAt(i) != '(' && folded.charAt(i) != '\uFF08') {
            return false;
        }
        int end = gloss.end();
        return i + 1 == gloss.start()
                && end < folded.length()
                && (folded.charAt(end) == ')' || folded.charAt(end) == '\uFF09');
    }

    /**
     * Concepts inside the name of a body or a document ("the National Security Law", "the Central
     * National Security Commission") are part of that name, not mentions of the concept; nor is a
     * concept whose last words begin such a name.
     */
    private List<Finding> withoutMentionsInNames(
            List<Finding> found, Lexicon.Hits hits, String folded, Sentence sentence) {
        if (found.stream().noneMatch(Finding.Mention.class::isInstance)) {
            return found;
        }
        List<Span> names = new ArrayList<>();
        for (Finding f : found) {
            // a formulation use is a quoted set phrase: the concepts inside the quotation are its words
            if (f instanceof Finding.EntityUse use) {
                names.add(use.evidence());
            }
        }
        // a document's name holds its words whether cited or the text's own title, which cites nothing
        hits.find(lexicons.documents(), folded, sentence.span()).forEach(d -> names.add(d.span()));
        if (names.isEmpty()) {
            return found;
        }
        List<Finding> kept = new ArrayList<>(found.size());
        for (Finding f : found) {
            boolean inName = f instanceof Finding.Mention
                    && names.stream().anyMatch(n -> n.contains(f.evidence()) || endsInside(f.evidence(), n));
            if (!inName) {
                kept.add(f);
            }
        }
        return kept;
    }

    /**
     * Whether a mention's last words begin a longer name: "the leadership of the Party Central Committee"
     * names the Committee, and "leadership of the Party" is no phrase of that sentence.
     */
    private static boolean endsInside(Span mention, Span name) {
        return mention.start() < name.start() && name.start() < mention.end() && mention.end() < name.end();
    }

    /** "the Belt and Road Forum", "the China-Arab States Summit": a concept that begins an event's name is part of it. */
    private static final java.util.regex.Pattern EVENT_AFTER =
            java.util.regex.Pattern.compile("\\s+(?:Forum|Summit|Conference|Expo|Fair|Games)\\b");

    private static boolean beginsEventName(String text, Span concept) {
        // the expression opens with \s: most concepts are followed by other chars, and a matcher costs more
        if (concept.end() >= text.length() || !isRegexSpace(text.charAt(concept.end()))) {
            return false;
        }
        return EVENT_AFTER
                .matcher(text)
                .region(concept.end(), Math.min(text.length(), concept.end() + 14))
                .lookingAt();
    }

    /** Whether {@code c} is a {@code \s} of {@link java.util.regex.Pattern} without its Unicode flag. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Whether an opening quotation mark stands right before the phrase. */
    private static boolean quoted(String text, Span phrase, Span sentence) {
        int i = phrase.start() - 1;
        while (i >= sentence.start() && text.charAt(i) == ' ') {
            i--;
        }
        if (i < sentence.start()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '\u201C' || c == '"' || c == '\u2018' || c == '\'' || c == '\u300C';
    }
}
