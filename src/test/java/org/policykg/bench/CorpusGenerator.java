package org.policykg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.ontology.OntologyFiles;

/**
 * Synthetic documents in the register of the seeds, for load and scale runs only — never as
 * extraction evidence: the sentences are templates filled with the schemes' own labels, so what the
 * extractor finds in them says nothing about how it reads real texts. Deterministic: document
 * {@code i} is the same text in every run.
 */
public final class CorpusGenerator {
    /** A generated document: its id, raw text, title and issued date. */
    public record Document(String id, String text, String title, LocalDate issued) {}

    private final List<String> concepts;
    private final List<String> roles;
    private final List<String> actors;
    private final List<String> formulations;
    private final List<String> verbs;

    public CorpusGenerator() {
        OntologyFiles files = OntologyFiles.load();
        this.concepts = englishPrefLabels(files.model(OntologyFiles.CONCEPTS));
        this.roles = englishPrefLabels(files.model(OntologyFiles.ROLES));
        this.actors = englishPrefLabels(files.model(OntologyFiles.ACTORS));
        this.formulations = englishPrefLabels(files.model(OntologyFiles.FORMULATIONS));
        this.verbs = directiveVerbs();
    }

    private static List<String> englishPrefLabels(Model m) {
        return m.listObjectsOfProperty(SKOS.prefLabel).toList().stream()
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .filter(l -> "en".equals(l.getLanguage()))
                .map(l -> l.getLexicalForm())
                .sorted() // the model's order is not stable across runs; the generator must be
                .toList();
    }

    private static List<String> directiveVerbs() {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(CorpusGenerator.class.getResourceAsStream("/extract/directive-verbs.txt")),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Document {@code i}: three parts of three numbered items, about 5 kB. */
    public Document document(int i) {
        Random random = new Random(i);
        String subject = pick(random, concepts);
        String title = "On " + capitalised(subject) + " in the New Era (" + (i + 1) + ")";
        LocalDate issued = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(14 * 365));
        StringBuilder t = new StringBuilder(title).append("\n\n");
        t.append("A commentary on ").append(subject).append(" and the tasks of the next five years.\n\n");
        String[] numerals = {"I", "II", "III"};
        int item = 1;
        for (String numeral : numerals) {
            t.append(numeral)
                    .append(". ")
                    .append(capitalised(pick(random, concepts)))
                    .append("\n\n");
            for (int k = 0; k < 3; k++, item++) {
                t.append('(')
                        .append(item)
                        .append(") Treating ")
                        .append(pick(random, concepts))
                        .append(" as the ")
                        .append(pick(random, roles))
                        .append(". ");
                for (int s = 0; s < 5; s++) {
                    t.append(sentence(random)).append(' ');
                }
                t.append("\n\n");
            }
        }
        return new Document("gen-" + i, t.toString(), title, issued);
    }

    private String sentence(Random random) {
        String c1 = pick(random, concepts);
        String c2 = pick(random, concepts);
        return switch (random.nextInt(7)) {
            case 0 ->
                "The " + pick(random, actors) + " has stressed that we must " + pick(random, verbs) + " " + c1 + ".";
            case 1 ->
                "It is necessary to " + pick(random, verbs) + " the " + c1 + " system and " + pick(random, verbs) + " "
                        + c2 + ".";
            case 2 -> capitalised(c1) + " is the " + pick(random, roles) + " of " + c2 + ".";
            case 3 -> "We must adhere to the “" + pick(random, formulations) + "” and strengthen " + c1 + ".";
            case 4 -> "By " + (2025 + random.nextInt(11)) + ", the " + c1 + " system will be basically complete.";
            case 5 ->
                "Overall planning for " + c1 + " and " + c2 + ", " + pick(random, concepts) + " and "
                        + pick(random, concepts) + ".";
            default ->
                "Since the " + (18 + random.nextInt(3)) + "th National Congress, "
                        + (50 + random.nextInt(50)) + "." + random.nextInt(100) + " percent of counties have improved "
                        + c1 + ".";
        };
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
