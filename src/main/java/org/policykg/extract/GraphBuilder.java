package org.policykg.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.policykg.extract.Structure.Paragraph;
import org.policykg.extract.Structure.Section;
import org.policykg.extract.Structure.Sentence;
import org.policykg.vocab.ELI;
import org.policykg.vocab.PKG;
import org.policykg.vocab.Vocab;

/**
 * Turns an {@link ExtractedDocument} into its RDF graph. Every IRI is derived from the document id
 * and code point offsets, never from counters or blank nodes, so the same input gives the same
 * triples run after run.
 */
public final class GraphBuilder {
    private static final int CONTEXT = 32;

    private final String base;

    /** @param base the data namespace, ending in '/' */
    public GraphBuilder(String base) {
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("the data namespace must end in '/': " + base);
        }
        this.base = base;
    }

    public String documentIri(String id) {
        return base + "doc/" + id;
    }

    /** The work a document realises: its own id unless the metadata names another work. */
    public String workIri(String id, Metadata metadata) {
        String work = metadata.standing().work();
        return base + "work/" + (work != null ? work : id);
    }

    public String graphName(String id) {
        return base + "graph/doc/" + id;
    }

    public Model build(ExtractedDocument d) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocab.PREFIXES);
        SourceText src = d.source();
        Resource doc = m.createResource(documentIri(src.id()));
        describeDocument(m, doc, d);

        Map<Section, Resource> sections = new IdentityHashMap<>(); // records hash deeply: key by identity
        int order = 0;
        Map<String, Integer> pathUses = new HashMap<>();
        for (Section s : d.structure().sections()) {
            // a text may number two parts alike ("II." twice): the second becomes part/2-2, and so on
            int use = pathUses.merge(s.path(), 1, Integer::sum);
            String path = use == 1 ? s.path() : s.path() + "-" + use;
            Resource r = m.createResource(doc.getURI() + "/" + path);
            sections.put(s, r);
            r.addProperty(
                    RDF.type,
                    switch (s.kind()) {
                        case PART -> PKG.Section;
                        case ITEM -> PKG.Item;
                        case PREAMBLE -> PKG.Preamble;
                        case BODY -> PKG.Section;
                    });
            segment(r, doc, s.span(), src);
            r.addLiteral(PKG.index, integer(m, ++order));
            if (s.kind() == Section.Kind.PART || s.kind() == Section.Kind.ITEM) {
                r.addLiteral(PKG.number, integer(m, s.number()));
                r.addProperty(PKG.marker, s.marker());
            }
            if (s.heading() != null && !s.heading().isEmpty()) {
                r.addProperty(PKG.heading, s.heading());
            }
            Resource parent = s.parent() == null ? doc : sections.get(s.parent());
            r.addProperty(DCTerms.isPartOf, parent);
            parent.addProperty(DCTerms.hasPart, r);
        }
        Map<Paragraph, Resource> paragraphs = new IdentityHashMap<>();
        for (Paragraph p : d.structure().paragraphs()) {
            Resource r =
                    m.createResource(doc.getURI() + "/paragraph/" + p.index()).addProperty(RDF.type, PKG.Paragraph);
            segment(r, doc, p.span(), src);
            r.addLiteral(PKG.index, integer(m, p.index()));
            r.addProperty(DCTerms.isPartOf, sections.get(p.section()));
            paragraphs.put(p, r);
        }
        Map<Sentence, Resource> sentences = new IdentityHashMap<>();
        for (Sentence s : d.structure().sentences()) {
            Resource r = m.createResource(sentenceIri(doc, s)).addProperty(RDF.type, PKG.Sentence);
            segment(r, doc, s.span(), src);
            r.addLiteral(PKG.index, integer(m, s.index()));
            r.addProperty(PKG.text, s.span().of(src.text()));
            r.addProperty(DCTerms.isPartOf, paragraphs.get(s.paragraph()));
            sentences.put(s, r);
        }
        Map<Sentence, List<Resource>> statementsBySentence = new IdentityHashMap<>();
        Map<Sentence, List<String>> actorsBySentence = new IdentityHashMap<>();
        Map<String, Resource> activities = new HashMap<>();
        for (Finding f : d.findings()) {
            Resource item = m.createResource(findingIri(doc, f, src));
            Resource sentence = sentences.get(f.sentence());
            item.addProperty(PKG.inDocument, doc).addProperty(PKG.inSentence, sentence);
            item.addProperty(PKG.evidence, evidence(m, item, doc, f.evidence(), src));
            item.addProperty(
                    Vocab.wasGeneratedBy, activities.computeIfAbsent(f.rule(), r -> activity(m, doc, src.id(), r)));
            if (f instanceof Finding.Mention mention) {
                item.addProperty(RDF.type, PKG.Mention).addProperty(PKG.concept, m.createResource(mention.concept()));
                sentence.addProperty(PKG.mentions, m.createResource(mention.concept()));
            } else if (f instanceof Finding.Role role) {
                Resource concept = m.createResource(role.concept());
                Resource roleRes = m.createResource(role.role());
                item.addProperty(RDF.type, PKG.RoleAssignment)
                        .addProperty(PKG.concept, concept)
                        .addProperty(PKG.role, roleRes)
                        .addProperty(PKG.inSection, sections.get(f.sentence().section()));
                concept.addProperty(PKG.treatedAs, roleRes); // the direct triple for everyday SPARQL
            } else if (f instanceof Finding.Directive directive) {
                item.addProperty(RDF.type, PKG.Directive)
                        .addProperty(PKG.action, directive.action())
                        .addProperty(PKG.objectText, directive.objectText())
                        .addProperty(PKG.inSection, sections.get(f.sentence().section()));
                directive.objects().forEach(o -> item.addProperty(PKG.object, m.createResource(o)));
            } else {
                describeStatement(m, doc, item, f);
                item.addProperty(PKG.inSection, sections.get(f.sentence().section()));
            }
            if (!(f instanceof Finding.Mention)) {
                statementsBySentence
                        .computeIfAbsent(f.sentence(), k -> new java.util.ArrayList<>())
                        .add(item);
            }
            if (f instanceof Finding.EntityUse use && use.kind() == Finding.EntityKind.ACTOR) {
                actorsBySentence
                        .computeIfAbsent(f.sentence(), k -> new java.util.ArrayList<>())
                        .add(use.iri());
            }
        }
        // each statement names the actors of its sentence, so "what does the Party Central Committee direct" is one
        // join
        actorsBySentence.forEach((sentence, actors) -> statementsBySentence.getOrDefault(sentence, List.of()).stream()
                .filter(st -> !st.hasProperty(RDF.type, PKG.ActorMention))
                .forEach(st -> actors.forEach(a -> st.addProperty(PKG.namesActor, m.createResource(a)))));
        candidates(m);
        return m;
    }

    /** The kinds beyond roles and directives: pairs, actors, formulations, citations, quotations, dates, figures. */
    private static void describeStatement(Model m, Resource doc, Resource item, Finding f) {
        if (f instanceof Finding.Pair pair) {
            item.addProperty(RDF.type, PKG.DialecticalPair);
            side(m, item, pair.left(), PKG.left, PKG.leftTerm);
            side(m, item, pair.right(), PKG.right, PKG.rightTerm);
        } else if (f instanceof Finding.EntityUse use) {
            Resource entity = m.createResource(use.iri());
            switch (use.kind()) {
                case ACTOR -> item.addProperty(RDF.type, PKG.ActorMention).addProperty(PKG.actor, entity);
                case FORMULATION ->
                    item.addProperty(RDF.type, PKG.FormulationUse).addProperty(PKG.formulation, entity);
                case DOCUMENT -> {
                    item.addProperty(RDF.type, PKG.Citation).addProperty(PKG.cites, entity);
                    doc.addProperty(DCTerms.references, entity);
                }
            }
            if (use.candidate()) {
                entity.addProperty(RDFS.label, use.label().strip(), "en");
            }
        } else if (f instanceof Finding.Quotation quotation) {
            item.addProperty(RDF.type, PKG.Quotation).addProperty(PKG.quotes, m.createResource(quotation.source()));
        } else if (f instanceof Finding.Temporal t) {
            item.addProperty(RDF.type, PKG.TemporalExpression).addProperty(PKG.relation, t.relation());
            if (t.value() != null) {
                XSDDatatype type = t.value().length() == 4 ? XSDDatatype.XSDgYear : XSDDatatype.XSDdate;
                item.addLiteral(PKG.dateValue, m.createTypedLiteral(t.value(), type));
            }
            if (t.event() != null) {
                item.addProperty(PKG.event, t.event());
            }
        } else if (f instanceof Finding.Figure figure) {
            item.addProperty(RDF.type, PKG.Figure)
                    .addLiteral(PKG.value, m.createTypedLiteral(figure.value(), XSDDatatype.XSDdecimal))
                    .addProperty(PKG.unit, figure.unit());
        }
    }

    private static void side(
            Model m,
            Resource item,
            String value,
            org.apache.jena.rdf.model.Property concept,
            org.apache.jena.rdf.model.Property term) {
        if (value.startsWith("http")) {
            item.addProperty(concept, m.createResource(value));
        } else {
            item.addProperty(term, value);
        }
    }

    /**
     * Concepts, formulations and documents a text uses that no scheme holds are candidates: SKOS
     * concepts of the candidate scheme, labelled with their words, for a curator to accept.
     */
    private static void candidates(Model m) {
        Resource scheme = m.createResource(PKG.CANDIDATE_NS + "scheme");
        List<Resource> found = m.listObjects().toList().stream()
                .filter(o -> o.isURIResource() && isCandidate(o.asResource().getURI()))
                .map(o -> o.asResource())
                .distinct()
                .toList();
        for (Resource c : found) {
            c.addProperty(RDF.type, org.apache.jena.vocabulary.SKOS.Concept)
                    .addProperty(RDF.type, PKG.CandidateConcept)
                    .addProperty(org.apache.jena.vocabulary.SKOS.inScheme, scheme);
            if (!c.hasProperty(RDFS.label)) {
                String slug = c.getURI().substring(c.getURI().lastIndexOf('/') + 1);
                c.addProperty(RDFS.label, slug.replace('-', ' '), "en");
            }
            c.addProperty(
                    org.apache.jena.vocabulary.SKOS.prefLabel,
                    c.getProperty(RDFS.label).getString(),
                    "en");
        }
    }

    private static boolean isCandidate(String iri) {
        return iri.startsWith(PKG.CANDIDATE_NS)
                || iri.startsWith(PKG.FORMULATION_NS + "candidate/")
                || iri.startsWith(PKG.DOCUMENT_NS + "candidate/");
    }

    private void describeDocument(Model m, Resource doc, ExtractedDocument d) {
        SourceText src = d.source();
        Metadata md = d.metadata();
        doc.addProperty(RDF.type, PKG.PolicyDocument);
        doc.addLiteral(PKG.length, integer(m, src.codePointLength()));
        doc.addProperty(PKG.sha256, src.sha256());
        if (src.fileName() != null) {
            doc.addProperty(PKG.sourceFile, src.fileName());
        }
        String lang = md.language() == null ? "" : md.language();
        if (md.title() != null) {
            doc.addProperty(DCTerms.title, md.title(), lang);
        }
        if (md.originalTitle() != null) {
            doc.addProperty(PKG.originalTitle, md.originalTitle(), "zh");
        }
        if (md.language() != null) {
            doc.addProperty(DCTerms.language, md.language());
        }
        if (md.abstractText() != null) {
            doc.addProperty(DCTerms.abstract_, md.abstractText(), lang);
        }
        if (md.issued() != null) {
            doc.addLiteral(DCTerms.issued, m.createTypedLiteral(md.issued().toString(), XSDDatatype.XSDdate));
        }
        if (md.sourceUrl() != null) {
            doc.addProperty(DCTerms.source, m.createResource(md.sourceUrl()));
        }
        if (md.authorName() != null) {
            Resource author = m.createResource(base + "actor/" + slug(md.authorName()))
                    .addProperty(RDF.type, Vocab.Person)
                    .addProperty(Vocab.name, md.authorName(), "en")
                    .addProperty(RDFS.label, md.authorName(), "en");
            if (md.authorNameZh() != null) {
                author.addProperty(Vocab.name, md.authorNameZh(), "zh")
                        .addProperty(RDFS.label, md.authorNameZh(), "zh");
            }
            doc.addProperty(DCTerms.creator, author);
        }
        if (md.translator() != null) {
            doc.addProperty(Vocab.translator, md.translator());
        }
        // A translation's publisher and year belong to the translation, not to the original work.
        boolean translation = md.originalTitle() != null;
        if (md.publisher() != null) {
            Resource publisher = m.createResource(base + "org/" + slug(md.publisher()))
                    .addProperty(RDF.type, Vocab.Organization)
                    .addProperty(Vocab.name, md.publisher(), "en")
                    .addProperty(RDFS.label, md.publisher(), "en");
            doc.addProperty(translation ? PKG.translationPublisher : DCTerms.publisher, publisher);
        }
        if (md.translationPublished() != null) {
            Literal year = m.createTypedLiteral(md.translationPublished().toString(), XSDDatatype.XSDgYear);
            doc.addLiteral(translation ? PKG.translationPublished : DCTerms.date, year);
        }
        describeStanding(m, doc, src.id(), md);
    }

    /** The work this language version realises, and what the document is, who issued it, where it appeared. */
    private void describeStanding(Model m, Resource doc, String id, Metadata md) {
        Standing st = md.standing();
        Resource work = m.createResource(workIri(id, md)).addProperty(RDF.type, ELI.Work);
        doc.addProperty(RDF.type, ELI.Expression).addProperty(ELI.realizes, work);
        work.addProperty(ELI.is_realized_by, doc);
        String language = euLanguage(md.language());
        if (language != null) {
            doc.addProperty(ELI.language, m.createResource(language));
        }
        if (st.identifies() != null) {
            work.addProperty(PKG.identifies, m.createResource(st.identifies()));
        }
        if (st.documentType() != null) {
            doc.addProperty(PKG.documentType, m.createResource(st.documentType()));
        }
        if (st.authorityTier() != null) {
            doc.addProperty(PKG.authorityTier, m.createResource(st.authorityTier()));
        }
        if (st.issuer() != null) {
            doc.addProperty(PKG.issuer, m.createResource(st.issuer()));
        }
        if (st.officeHeld() != null) {
            doc.addProperty(PKG.officeHeld, st.officeHeld(), "en");
        }
        if (st.channel() != null) {
            doc.addProperty(PKG.channel, m.createResource(st.channel()));
        }
    }

    /** "en" or "zh-Hans" to the EU language table's ENG or ZHO; null when the tag names no known language. */
    static String euLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        try {
            String iso3 = Locale.forLanguageTag(tag.strip()).getISO3Language();
            return iso3.length() == 3 ? ELI.LANGUAGE_NS + iso3.toUpperCase(Locale.ROOT) : null;
        } catch (java.util.MissingResourceException e) {
            return null;
        }
    }

    private static void segment(Resource r, Resource doc, Span span, SourceText src) {
        Model m = r.getModel();
        r.addProperty(PKG.inDocument, doc);
        r.addLiteral(PKG.start, integer(m, src.codePoint(span.start())));
        r.addLiteral(PKG.end, integer(m, src.codePoint(span.end())));
    }

    private Resource evidence(Model m, Resource item, Resource doc, Span span, SourceText src) {
        String text = src.text();
        Resource quote = m.createResource(item.getURI() + "#quote")
                .addProperty(RDF.type, Vocab.TextQuoteSelector)
                .addProperty(Vocab.exact, span.of(text));
        String prefix = text.substring(safeIndex(text, span.start() - CONTEXT), span.start());
        String suffix = text.substring(span.end(), safeIndex(text, span.end() + CONTEXT));
        if (!prefix.isEmpty()) {
            quote.addProperty(Vocab.prefix, prefix);
        }
        if (!suffix.isEmpty()) {
            quote.addProperty(Vocab.suffix, suffix);
        }
        Resource position = m.createResource(item.getURI() + "#position")
                .addProperty(RDF.type, Vocab.TextPositionSelector)
                .addLiteral(Vocab.start, nonNegative(m, src.codePoint(span.start())))
                .addLiteral(Vocab.end, nonNegative(m, src.codePoint(span.end())));
        return m.createResource(item.getURI() + "#evidence")
                .addProperty(RDF.type, Vocab.SpecificResource)
                .addProperty(Vocab.hasSource, doc)
                .addProperty(Vocab.hasSelector, quote)
                .addProperty(Vocab.hasSelector, position);
    }

    private Resource activity(Model m, Resource doc, String docId, String rule) {
        Resource agent = m.createResource(base + "extractor/" + RuleExtractor.VERSION)
                .addProperty(RDF.type, PKG.Extractor)
                .addProperty(PKG.version, RuleExtractor.VERSION)
                .addProperty(RDFS.label, "policy-kg rule extractor " + RuleExtractor.VERSION, "en");
        return m.createResource(base + "activity/" + docId + "/" + rule + "/" + RuleExtractor.VERSION)
                .addProperty(RDF.type, Vocab.Activity)
                .addProperty(PKG.rule, m.createResource(PKG.RULE_NS + rule))
                .addProperty(Vocab.used, doc)
                .addProperty(Vocab.wasAssociatedWith, agent);
    }

    private String sentenceIri(Resource doc, Sentence s) {
        return doc.getURI() + "/sentence/" + s.index();
    }

    private String findingIri(Resource doc, Finding f, SourceText src) {
        String range = src.codePoint(f.evidence().start()) + "-"
                + src.codePoint(f.evidence().end());
        if (f instanceof Finding.Role role) {
            return doc.getURI() + "/statement/role-" + range + "-" + local(role.concept()) + "-" + local(role.role());
        }
        if (f instanceof Finding.Directive directive) {
            return doc.getURI() + "/statement/directive-" + range + "-" + directive.action();
        }
        if (f instanceof Finding.Pair pair) {
            return doc.getURI() + "/statement/pair-" + range + "-" + local(pair.left()) + "-" + local(pair.right());
        }
        if (f instanceof Finding.EntityUse use) {
            return doc.getURI() + "/statement/" + use.kind().name().toLowerCase(Locale.ROOT) + "-" + range + "-"
                    + local(use.iri());
        }
        if (f instanceof Finding.Quotation) {
            return doc.getURI() + "/statement/quotation-" + range;
        }
        if (f instanceof Finding.Temporal) {
            return doc.getURI() + "/statement/date-" + range;
        }
        if (f instanceof Finding.Figure) {
            return doc.getURI() + "/statement/figure-" + range;
        }
        return doc.getURI() + "/mention/" + range;
    }

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** Lower-case ASCII slug of a name: "Guo Shengkun" -> "guo-shengkun". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? Integer.toHexString(name.hashCode()) : slug;
    }

    private static int safeIndex(String text, int i) {
        int clamped = Math.max(0, Math.min(text.length(), i));
        // never cut a surrogate pair in half: step past its low half
        if (clamped > 0 && clamped < text.length() && Character.isLowSurrogate(text.charAt(clamped))) {
            clamped++;
        }
        return clamped;
    }

    private static Literal integer(Model m, long value) {
        return m.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Literal nonNegative(Model m, long value) {
        return m.createTypedLiteral(Long.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }
}
