package org.policykg.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.extract.CandidateConcepts;
import org.policykg.extract.Lexicon;
import org.policykg.vocab.PKG;

/**
 * Gold keys for actors, formulations and documents are slugs an annotator chose for a canonical name
 * (listed at the end of each annotation file: {@code # actor <TAB> slug <TAB> English name}). They are
 * resolved through that name — or the slug's own words — to the scheme resource whose label it is,
 * so that the annotator's slug and the scheme's IRI compare as the same entity. A {@code new:} concept or
 * role of a role assignment or a mention is resolved the same way through the slug's words, so that a
 * gold line keeps matching once a curator adds the concept or role to its scheme.
 */
final class EntityNames {
    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[\u201C\u201D\"]");

    private final Lexicon actors;
    private final Lexicon formulations;
    private final Lexicon documents;
    private final Lexicon concepts;
    private final Lexicon roles;
    /** The concepts', formulations' and roles' English labels by their slugs, for {@link #inScheme}. */
    private final Map<String, String> conceptSlugs;

    private final Map<String, String> formulationSlugs;
    private final Map<String, String> roleSlugs;
    private final Map<String, String> canonical;

    EntityNames(Model vocabulary, Map<String, String> canonical) {
        this.actors = Lexicon.of(vocabulary, PKG.ActorScheme);
        this.formulations = Lexicon.of(vocabulary, PKG.FormulationScheme);
        this.documents = Lexicon.of(vocabulary, PKG.DocumentScheme);
        this.concepts = Lexicon.of(vocabulary, PKG.SecurityConceptScheme);
        this.roles = Lexicon.of(vocabulary, PKG.RoleScheme);
        this.conceptSlugs = labelSlugs(vocabulary, PKG.SecurityConceptScheme);
        this.formulationSlugs = labelSlugs(vocabulary, PKG.FormulationScheme);
        this.roleSlugs = labelSlugs(vocabulary, PKG.RoleScheme);
        this.canonical = canonical;
    }

    private EntityNames(EntityNames schemes, Map<String, String> canonical) {
        this.actors = schemes.actors;
        this.formulations = schemes.formulations;
        this.documents = schemes.documents;
        this.concepts = schemes.concepts;
        this.roles = schemes.roles;
        this.conceptSlugs = schemes.conceptSlugs;
        this.formulationSlugs = schemes.formulationSlugs;
        this.roleSlugs = schemes.roleSlugs;
        this.canonical = canonical;
    }

    /** The same schemes with another annotation file's slug table: the lexicons are built once. */
    EntityNames withTable(Map<String, String> canonical) {
        return new EntityNames(this, canonical);
    }

    /** The prefix under which the table keeps a slug's Chinese name (a fourth column of Chinese files). */
    private static final String CHINESE = "zh:";
    /** The Chinese words of a name cell, without the annotator's note after them: 全党 (the whole Party acting). */
    private static final java.util.regex.Pattern CHINESE_NAME = java.util.regex.Pattern.compile("^[^\\s(（]+");

    /**
     * Reads the slug table from an annotation file's comment lines: the English name, and for a Chinese
     * text the Chinese name listed after it (GUIDELINES.md, Chinese texts), the words its candidates are
     * minted from. An English text's table may list the Chinese original too; its candidates are English.
     */
    static Map<String, String> readTable(Path tsv, boolean chinese) throws IOException {
        Map<String, String> table = new HashMap<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] cols = line.replaceFirst("^#\\s*", "").split("\t");
            if (line.startsWith("#")
                    && cols.length >= 3
                    && List.of("actor", "formulation", "document").contains(cols[0])) {
                table.put(cols[1].strip(), cols[2].strip());
                java.util.regex.Matcher zh = chinese && cols.length >= 4 ? CHINESE_NAME.matcher(cols[3].strip()) : null;
                if (zh != null && zh.find()) {
                    table.put(CHINESE + cols[1].strip(), zh.group());
                }
            }
        }
        return table;
    }

    String resolve(String kind, String key) {
        if (kind.equals("Mention")) {
            // a concept the scheme lacks may be a set phrase of the formulations scheme, used unquoted
            String concept = inScheme(concepts, conceptSlugs, key);
            return concept.equals(key) ? inScheme(formulations, formulationSlugs, key) : concept;
        }
        if (kind.equals("RoleAssignment")) {
            String[] sides = key.split("\\|", 2);
            return sides.length == 2
                    ? inScheme(concepts, conceptSlugs, sides[0]) + "|" + inScheme(roles, roleSlugs, sides[1])
                    : key;
        }
        List<Lexicon> lexicons = switch (kind) {
            case "Actor" -> List.of(actors);
            case "Formulation" -> List.of(formulations);
            case "CitedDocument" -> List.of(documents);
            case "Quotation" -> List.of(documents, actors);
            default -> List.of();
        };
        if (lexicons.isEmpty()) {
            return key;
        }
        String slug = key.startsWith("new:") ? key.substring(4) : key;
        for (Lexicon lexicon : lexicons) {
            for (String name :
                    new String[] {canonical.get(slug), canonical.get(CHINESE + slug), slug.replace('-', ' ')}) {
                Optional<String> iri = name == null
                        ? Optional.empty()
                        : lexicon.exact(QUOTES.matcher(name).replaceAll(""));
                if (iri.isPresent()) {
                    return local(iri.get());
                }
            }
        }
        // not in a scheme: the extractor mints a candidate from the words, so compare by their slug; a
        // Chinese text's candidate is minted from its Chinese words
        String name = canonical.getOrDefault(CHINESE + slug, canonical.get(slug));
        return name == null
                ? slug
                : CandidateConcepts.slug(Lexicon.fold(QUOTES.matcher(name).replaceAll("")));
    }

    /**
     * A {@code new:slug} whose words are a label of the scheme, as the scheme id; any other key unchanged.
     * The slug spells a label's words without its hyphens, apostrophes and commas ("people-centered
     * development philosophy", "infiltration, subversion and sabotage"), so a label whose slug it is counts
     * too.
     */
    private static String inScheme(Lexicon lexicon, Map<String, String> slugs, String key) {
        if (!key.startsWith("new:")) {
            return key;
        }
        String slug = key.substring(4);
        return lexicon.exact(slug.replace('-', ' '))
                .map(EntityNames::local)
                .or(() -> Optional.ofNullable(slugs.get(slug)))
                .orElse(key);
    }

    /** The local names of a scheme's members by the slugs of their English labels. */
    private static Map<String, String> labelSlugs(Model vocabulary, Resource scheme) {
        Map<String, String> slugs = new HashMap<>();
        for (Resource member :
                vocabulary.listSubjectsWithProperty(SKOS.inScheme, scheme).toList()) {
            for (Property label : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                vocabulary.listObjectsOfProperty(member, label).forEachRemaining(node -> {
                    if (node.isLiteral() && node.asLiteral().getLanguage().startsWith("en")) {
                        slugs.putIfAbsent(
                                CandidateConcepts.slug(node.asLiteral().getString()), local(member.getURI()));
                    }
                });
            }
        }
        return slugs;
    }

    /** For entities and pairs a candidate and a scheme member compare by slug alone. */
    static Prediction withoutCandidateMark(Prediction p) {
        if (p.kind().equals("Pair")) {
            return p.withKey(p.key().replace("new:", ""));
        }
        boolean entity =
                List.of("Actor", "Formulation", "CitedDocument", "Quotation").contains(p.kind());
        return entity && p.key().startsWith("new:") ? p.withKey(p.key().substring(4)) : p;
    }

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
