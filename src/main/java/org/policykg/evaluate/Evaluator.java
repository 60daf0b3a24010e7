package org.policykg.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.extract.Metadata;
import org.policykg.extract.Slugs;
import org.policykg.extract.SourceText;
import org.policykg.extract.WordLists;
import org.policykg.ingest.Pipeline;
import org.policykg.ingest.SourceFiles;
import org.policykg.vocab.StatementKind;

/**
 * Scores the extractor against a gold annotation: a predicted statement matches a gold one when kind
 * and key are equal and its evidence overlaps the gold anchor; each is matched at most once. Only the
 * kinds a file covers ({@link Annotation#kinds}) are scored for it.
 */
public final class Evaluator {
    /** The kinds the guidelines define, in the order reports list them. */
    public static final List<String> KINDS =
            StatementKind.ALL.stream().map(StatementKind::annotation).toList();

    /** The kinds a file without a {@code # kinds:} line covers: all but the later {@code Mention}. */
    public static final List<String> UNDECLARED_KINDS = KINDS.subList(0, KINDS.size() - 1);

    /**
     * The scores of one text, with what was missed and what was found wrongly, for reading.
     *
     * @param collection the folder the text came from ("devcorpus" for the real documents of the
     *     development corpus, "heldout" for the real documents scored but never tuned on, "texts" for the
     *     team's written ones, "seeds"), so each is summed apart
     */
    public record Report(
            String document,
            String language,
            String collection,
            List<Scores> scores,
            List<Annotation> missed,
            List<Prediction> wrong) {
        public Scores of(String kind) {
            return scores.stream()
                    .filter(s -> s.kind().equals(kind))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** The collection of real documents that are scored but never tuned on. */
    public static final String HELD_OUT = "heldout";

    /**
     * Where the annotated texts live by default: the seeds, the test texts, the development corpus, then
     * the held-out collection (real documents that are scored but never tuned on).
     */
    public static final List<Path> TEXT_FOLDERS = List.of(
            Path.of("seeds"),
            Path.of("src", "test", "resources", "texts"),
            Path.of("seeds", "devcorpus"),
            Path.of("src", "test", "resources", HELD_OUT));

    /**
     * Where the gold files live by default: the development gold, then the held-out collection's gold,
     * kept in its own folder so that a search over the development gold never reads it.
     */
    public static final List<Path> ANNOTATION_FOLDERS = List.of(
            Path.of("src", "test", "resources", "annotations"), Path.of("src", "test", "resources", HELD_OUT, "gold"));

    private final Pipeline pipeline;
    // read once: copying the vocabulary and indexing its schemes costs far more than keying one sentence
    private final Model vocabulary;
    private final EntityNames schemeNames;
    /** The local names of every scheme member (concepts, roles, formulations, actors, documents). */
    private final Set<String> schemeMembers;

    public Evaluator(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.vocabulary = pipeline.ontology().vocabulary();
        this.schemeNames = new EntityNames(vocabulary, Map.of());
        this.schemeMembers = vocabulary.listSubjectsWithProperty(SKOS.inScheme).toList().stream()
                .filter(Resource::isURIResource)
                .map(r -> r.getURI().substring(r.getURI().lastIndexOf('/') + 1))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Scores every {@code NAME.tsv} of the folder against {@code NAME.txt}, found in the first of
     * {@code textFolders} that holds it (folders that do not exist are passed over).
     *
     * @throws IOException also when an annotated text cannot be found
     */
    public List<Report> evaluateAll(Path annotations, List<Path> textFolders) throws IOException {
        return evaluateAll(List.of(annotations), textFolders);
    }

    /**
     * Scores every {@code NAME.tsv} of the annotation folders that exist, in their order, as {@link
     * #evaluateAll(Path, List)} scores one folder's.
     */
    public List<Report> evaluateAll(List<Path> annotationFolders, List<Path> textFolders) throws IOException {
        List<Path> gold = new ArrayList<>();
        for (Path folder : annotationFolders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (var files = Files.list(folder)) {
                gold.addAll(files.filter(p -> p.toString().endsWith(".tsv"))
                        .sorted()
                        .toList());
            }
        }
        List<Report> reports = new ArrayList<>();
        for (Path tsv : gold) {
            String id = tsv.getFileName().toString().replaceFirst("\\.tsv$", "");
            Path text = textFolders.stream()
                    .map(d -> d.resolve(id + ".txt"))
                    .filter(Files::exists)
                    .findFirst()
                    .orElseThrow(() -> new IOException("no text " + id + ".txt in " + textFolders));
            reports.add(evaluate(text, tsv));
        }
        return reports;
    }

    /** The reports as tables: per text and kind, per language and kind, and over all texts per kind. */
    public static String table(List<Report> reports) {
        return ReportTable.of(reports);
    }

    public Report evaluate(Path text, Path annotations) throws IOException {
        SourceText source = SourceFiles.read(text);
        Metadata sidecar = SourceFiles.sidecar(text);
        List<Prediction> predictions = predictions(source, sidecar);
        String language = Language.of(sidecar.language(), source.text());
        EntityNames names = schemeNames.withTable(EntityNames.readTable(annotations, language.equals("zh")));
        List<Annotation> gold = Annotation.read(annotations, source.text()).stream()
                .map(a -> new Annotation(a.kind(), goldKey(names, a.kind(), a.key()), a.start(), a.end(), a.line()))
                .toList();
        Report r =
                score(source.id(), language, Annotation.kinds(annotations), gold, predictions, schemeMembers::contains);
        Path folder = text.toAbsolutePath().getParent();
        String collection = folder == null ? "" : folder.getFileName().toString();
        return new Report(r.document(), r.language(), collection, r.scores(), r.missed(), r.wrong());
    }

    /**
     * What the pipeline predicts for a text, keyed as gold lines are keyed after {@link #goldKey}: the
     * comparison {@code evaluate} makes, open to tests that check single sentences.
     */
    public List<Prediction> predictions(SourceText source, Metadata curated) {
        return predictions(pipeline.run(source, curated).model());
    }

    /** What a document graph states, keyed as {@link #predictions(SourceText, Metadata)} keys it. */
    public List<Prediction> predictions(Model graph) {
        Model withOntology = ModelFactory.createUnion(graph, vocabulary);
        return Predictions.of(withOntology).stream()
                .map(EntityNames::withoutCandidateMark)
                .toList();
    }

    /** A gold key as written in an annotation file without a slug table, made comparable to predictions. */
    public String goldKey(String kind, String key) {
        return goldKey(schemeNames, kind, key);
    }

    private String goldKey(EntityNames names, String kind, String key) {
        return names.resolve(kind, Keys.normalise(kind, key, pipeline.extractor()::lemma));
    }

    /**
     * Keys compare with their {@code new:} marks set aside: an annotator's {@code new:slug} and a scheme
     * member whose id is that slug name the same words, as a candidate and a scheme member do.
     */
    static boolean sameKey(String predicted, String gold) {
        return predicted.equals(gold) || unmarked(predicted).equals(unmarked(gold));
    }

    /**
     * A statement about something the schemes lack: the gold names it by an English slug (GUIDELINES,
     * Chinese texts), while the extractor, which does not translate, mints the candidate from the text's
     * own Chinese words. The two are the same statement when the evidence overlaps the anchor and the rest
     * of the key is the same: a role statement with the same role, a concept mention, a document cited by a
     * title the document scheme lacks, a pair whose other side is the same or minted too, a directive whose
     * verb the extractor's table lacks. This pass runs after the exact matches, on what they left.
     */
    static boolean sameStatementInOwnWords(Prediction p, Annotation a, Predicate<String> inScheme) {
        if (!p.kind().equals(a.kind()) || !p.overlaps(a)) {
            return false;
        }
        return switch (a.kind()) {
            case "RoleAssignment" -> ownWordsRole(p.key(), a.key());
            case "Mention" -> a.key().startsWith("new:") && ownWords(p.key());
            // entity keys come without their new: mark; the schemes tell a document they lack
            case "CitedDocument" -> ownWords(p.key()) && !inScheme.test(unmarked(a.key()));
            case "Pair" -> ownWordsPair(p.key(), a.key(), inScheme);
            case "Directive" -> ownWords(p.key()) && !TABLE_ACTIONS.contains(a.key());
            default -> false;
        };
    }

    private static boolean ownWordsRole(String predictedKey, String goldKey) {
        String[] predicted = predictedKey.split("\\|", 2);
        String[] gold = goldKey.split("\\|", 2);
        return predicted.length == 2
                && gold.length == 2
                && gold[0].startsWith("new:")
                && ownWords(predicted[0])
                && sameKey(predicted[1], gold[1]);
    }

    /**
     * The English actions the Chinese verb table keys: a gold directive keyed by one of them is the
     * table's to find, so a verb read in its own words at that place is another verb, not the same one.
     */
    private static final Set<String> TABLE_ACTIONS =
            Set.copyOf(WordLists.pairs("directive-verbs-zh.tsv").values());

    /**
     * Both sides in order, each the gold's or minted from Chinese words where the gold names a side the
     * schemes lack; at least one minted.
     */
    private static boolean ownWordsPair(String predictedKey, String goldKey, Predicate<String> inScheme) {
        String[] predicted = predictedKey.split("\\|", 2);
        String[] gold = goldKey.split("\\|", 2);
        if (predicted.length != 2 || gold.length != 2 || !(ownWords(predicted[0]) || ownWords(predicted[1]))) {
            return false;
        }
        for (int i = 0; i < 2; i++) {
            boolean minted = ownWords(predicted[i]) && !inScheme.test(unmarked(gold[i]));
            if (!minted && !sameKey(predicted[i], gold[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether a key names a candidate minted from words in another script (a pinyin slug). */
    private static boolean ownWords(String key) {
        String slug = key.startsWith("new:") ? key.substring(4) : key;
        return Slugs.isTransliterated(slug);
    }

    private static String unmarked(String key) {
        return key.replace("new:", "");
    }

    static Report score(
            String document, String language, Set<String> covered, List<Annotation> gold, List<Prediction> found) {
        return score(document, language, covered, gold, found, id -> false);
    }

    /**
     * Scores predictions against gold; {@code inScheme} tells the schemes' members by local name, so that a
     * side minted from a text's own words is matched only to a gold side the schemes lack.
     */
    static Report score(
            String document,
            String language,
            Set<String> covered,
            List<Annotation> gold,
            List<Prediction> found,
            Predicate<String> inScheme) {
        List<Annotation> scoredGold =
                gold.stream().filter(a -> covered.contains(a.kind())).toList();
        List<Prediction> unmatched = new ArrayList<>(
                found.stream().filter(p -> covered.contains(p.kind())).toList());
        List<Prediction> predictions = List.copyOf(unmatched);
        List<Annotation> missed = new ArrayList<>();
        Map<String, Integer> matched = new TreeMap<>();
        for (Annotation a : scoredGold) {
            Prediction hit = unmatched.stream()
                    .filter(p -> p.kind().equals(a.kind()) && sameKey(p.key(), a.key()) && p.overlaps(a))
                    .findFirst()
                    .orElse(null);
            if (hit == null) {
                missed.add(a);
            } else {
                unmatched.remove(hit);
                matched.merge(a.kind(), 1, Integer::sum);
            }
        }
        for (Annotation a : List.copyOf(missed)) {
            Prediction hit = unmatched.stream()
                    .filter(p -> sameStatementInOwnWords(p, a, inScheme))
                    .findFirst()
                    .orElse(null);
            if (hit != null) {
                missed.remove(a);
                unmatched.remove(hit);
                matched.merge(a.kind(), 1, Integer::sum);
            }
        }
        List<Scores> scores = new ArrayList<>();
        for (String kind : KINDS) {
            if (covered.contains(kind)) {
                int g = (int)
                        scoredGold.stream().filter(a -> a.kind().equals(kind)).count();
                int p = (int)
                        predictions.stream().filter(x -> x.kind().equals(kind)).count();
                scores.add(new Scores(kind, g, p, matched.getOrDefault(kind, 0)));
            }
        }
        return new Report(document, language, "", scores, missed, unmatched);
    }
}
