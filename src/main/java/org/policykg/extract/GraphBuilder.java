package org.policykg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.extract.Structure.Paragraph;
import org.policykg.extract.Structure.Section;
import org.policykg.extract.Structure.Sentence;
import org.policykg.vocab.ELI;
import org.policykg.vocab.Iris;
import org.policykg.vocab.PKG;
import org.policykg.vocab.Vocab;

/**
 * Turns an {@link ExtractedDocument} into its RDF graph. Every IRI is derived from the document id
 * and code point offsets, never from counters or blank nodes, so the same input gives the same
 * triples run after run.
 */
public final class GraphBuilder {
    private static final int CONTEXT = 32;
    /** The tag of a label spelt in pinyin. */
    private static final String PINYIN = "zh-Latn-pinyin";

    private final Iris iris;

    /** @param base the data namespace, ending in '/' */
    public GraphBuilder(String base) {
        this.iris = new Iris(base);
    }

    public String documentIri(String id) {
        return iris.document(id);
    }

    /** The work a document realises: its own id unless the metadata names another work. */
    public String workIri(String id, Metadata metadata) {
        String work = metadata.standing().work();
        return iris.work(work != null ? work : id);
    }

    public String graphName(String id) {
        return iris.documentGraph(id);
    }

    public Model build(ExtractedDocument d) {
        // triples go straight into the graph: the Model API wraps every node and statement in objects of
        // its own; the graph indexes them only when a query needs it (see BuiltGraph)
        Structure st = d.structure();
        int segments =
                st.sentences().size() + st.paragraphs().size() + st.sections().size();
        // a generous guess from the essay's counts (about 18 triples a finding, 7 a segment); all but one or two
        // of a finding's and a section's are about a node minted for it, which skip the duplicate test
        int findings = d.findings().size();
        BuiltGraph g = new BuiltGraph(
                20 * findings + 8 * segments + 64,
                2 * findings + 2 * st.sections().size() + 64);
        g.getPrefixMapping().setNsPrefixes(Vocab.PREFIXES);
        new Writer(g, d).write();
        return ModelFactory.createModelForGraph(g);
    }

    /** The state of one build: the graph being filled and the candidate concepts seen so far. */
    private final class Writer {
        private final BuiltGraph g;
        /**
         * Every add whose subject lies in a candidate namespace, duplicates included, in order: what
         * {@link #candidates} indexes to find a candidate's labels (a scan of the whole graph for them
         * cost more than the test on each add, where the triple is at hand).
         */
        private final List<Triple> candidateAdds = new ArrayList<>();
        /** The subject of the last add and whether it lies in a candidate namespace: adds come in runs. */
        private Node lastSubject;

        private boolean lastSubjectCandidate;
        /** While the candidates are described: their own triples, indexed as the full graph would be. */
        private GraphMem2Fast candidateTriples;

        private final ExtractedDocument d;
        private final SourceText src;
        private final String docUri;
        private final Node doc;
        /**
         * The words of the first mention of each candidate whose IRI was minted from words in another
         * script: its slug spells them in ASCII only, so its label is taken from the text.
         */
        private final Map<Node, String> mentionWords = new HashMap<>();

        /**
         * The IRIs of the nodes minted for a statement and described in one place, each with where
         * in the graph its description began: a node new to this map is new to the graph, and so are the
         * triples that describe it there.
         */
        private final Map<String, Integer> minted;

        /** Whether the segment or statement being described has a node new to the graph: see {@link #addNew}. */
        private boolean describingNew;

        /** The statements that are actor mentions: they name no actor of their sentence but their own. */
        private final Set<Node> actorMentions = new HashSet<>();

        /** Objects under a candidate namespace, in the order they were first added. */
        private final Set<Node> candidates = new LinkedHashSet<>();

        /** The literals of the text's offsets, as segments and as selectors give them. */
        private final Offsets offsets;

        private final Offsets selectorOffsets;

        Writer(BuiltGraph g, ExtractedDocument d) {
            this.g = g;
            this.d = d;
            this.src = d.source();
            this.docUri = documentIri(src.id());
            this.doc = uri(docUri);
            this.offsets = new Offsets(INTEGERS, XSDDatatype.XSDinteger, src.codePointLength());
            this.minted = new HashMap<>(d.findings().size() * 4 / 3 + 16); // never rehashed
            this.selectorOffsets = new Offsets(NON_NEGATIVES, XSDDatatype.XSDnonNegativeInteger, src.codePointLength());
        }

        void write() {
            describeDocument();
            Map<Section, Node> sections = new IdentityHashMap<>(); // records hash deeply: key by identity
            int order = 0;
            Map<String, Integer> pathUses = new HashMap<>();
            for (Section s : d.structure().sections()) {
                // a text may number two parts alike ("II." twice): the second becomes part/2-2, and so on
                int use = pathUses.merge(s.path(), 1, Integer::sum);
                String path = use == 1 ? s.path() : s.path() + "-" + use;
                Node r = mintSegment(Iris.section(docUri, path));
                sections.put(s, r);
                addNew(
                        r,
                        RDF.type,
                        switch (s.kind()) {
                            case PART -> PKG.Section;
                            case ITEM -> PKG.Item;
                            case PREAMBLE -> PKG.Preamble;
                            case BODY -> PKG.Section;
                        });
                segment(r, s.span());
                addNew(r, PKG.index, integer(++order));
                if (s.kind() == Section.Kind.PART || s.kind() == Section.Kind.ITEM) {
                    addNew(r, PKG.number, integer(s.number()));
                    addNew(r, PKG.marker, string(s.marker()));
                }
                if (s.heading() != null && !s.heading().isEmpty()) {
                    addNew(r, PKG.heading, string(s.heading()));
                }
                Node parent = s.parent() == null ? doc : sections.get(s.parent());
                addNew(r, DCTerms.isPartOf, parent);
                add(parent, DCTerms.hasPart, r);
            }
            List<Paragraph> paragraphList = d.structure().paragraphs();
            Node[] paragraphs = new Node[paragraphList.size()];
            for (int k = 0; k < paragraphList.size(); k++) {
                Paragraph p = paragraphList.get(k);
                Node r = mintSegment(Iris.paragraph(docUri, p.index()));
                addNew(r, RDF.type, PKG.Paragraph);
                segment(r, p.span());
                addNew(r, PKG.index, integer(p.index()));
                addNew(r, DCTerms.isPartOf, sections.get(p.section()));
                paragraphs[k] = r;
            }
            List<Sentence> sentenceList = d.structure().sentences();
            Node[] sentences = new Node[sentenceList.size()];
            for (int k = 0; k < sentenceList.size(); k++) {
                Sentence s = sentenceList.get(k);
                Deadline.check();
                Node r = mintSegment(Iris.sentence(docUri, s.index()));
                addNew(r, RDF.type, PKG.Sentence);
                segment(r, s.span());
                addNew(r, PKG.index, integer(s.index()));
                addNew(r, PKG.text, string(s.span().of(src.text())));
                int at = position(paragraphList, s.paragraph(), s.paragraph().index());
                addNew(r, DCTerms.isPartOf, at < 0 ? null : paragraphs[at]);
                sentences[k] = r;
            }
            // by the sentence's position: a finding of a sentence outside the structure names no actor
            List<List<Node>> statementsBySentence = new ArrayList<>(Collections.nCopies(sentenceList.size(), null));
            List<List<String>> actorsBySentence = new ArrayList<>(Collections.nCopies(sentenceList.size(), null));
            Map<String, Node> activities = new HashMap<>();
            for (Finding f : d.findings()) {
                String itemUri = findingIri(docUri, f, src);
                Node item = mint(itemUri);
                int at = position(sentenceList, f.sentence(), f.sentence().index());
                Node sentence = at < 0 ? null : sentences[at];
                addNew(item, PKG.inDocument, doc);
                addNew(item, PKG.inSentence, sentence);
                addNew(item, PKG.evidence, evidence(itemUri, f.evidence()));
                addNew(item, Vocab.wasGeneratedBy, activities.computeIfAbsent(f.rule(), this::activity));
                if (f instanceof Finding.Mention mention) {
                    Node concept = uri(mention.concept());
                    rememberWords(concept, mention.evidence());
                    addNew(item, RDF.type, PKG.Mention);
                    addNew(item, PKG.concept, concept);
                    add(sentence, PKG.mentions, concept);
                } else if (f instanceof Finding.Role role) {
                    Node concept = uri(role.concept());
                    if (role.words() != null) {
                        rememberWords(concept, role.words());
                    }
                    Node roleNode = uri(role.role());
                    addNew(item, RDF.type, PKG.RoleAssignment);
                    addNew(item, PKG.concept, concept);
                    addNew(item, PKG.role, roleNode);
                    addNew(item, PKG.inSection, sections.get(f.sentence().section()));
                    add(concept, PKG.treatedAs, roleNode); // the direct triple for everyday SPARQL
                } else if (f instanceof Finding.Directive directive) {
                    addNew(item, RDF.type, PKG.Directive);
                    addNew(item, PKG.action, string(directive.action()));
                    addNew(item, PKG.objectText, string(ReadingText.words(directive.objectText())));
                    addNew(item, PKG.inSection, sections.get(f.sentence().section()));
                    // a directive may name one object twice: these adds keep the duplicate test
                    directive.objects().forEach(o -> add(item, PKG.object, uri(o)));
                } else {
                    describeStatement(item, f);
                    addNew(item, PKG.inSection, sections.get(f.sentence().section()));
                }
                if (!(f instanceof Finding.Mention) && at >= 0) {
                    if (statementsBySentence.get(at) == null) {
                        statementsBySentence.set(at, new ArrayList<>());
                    }
                    statementsBySentence.get(at).add(item);
                }
                if (f instanceof Finding.EntityUse use && use.kind() == Finding.EntityKind.ACTOR) {
                    actorMentions.add(item);
                    if (at >= 0) {
                        if (actorsBySentence.get(at) == null) {
                            actorsBySentence.set(at, new ArrayList<>());
                        }
                        actorsBySentence.get(at).add(use.iri());
                    }
                }
            }
            // each statement names the actors of its sentence, so "what does the Party Central Committee direct" is
            // one join
            // in the text's order
            for (int k = 0; k < sentenceList.size(); k++) {
                List<String> actors = actorsBySentence.get(k);
                List<Node> statements = statementsBySentence.get(k);
                if (actors != null && statements != null) {
                    statements.stream()
                            .filter(st -> !actorMentions.contains(st))
                            .forEach(st -> actors.forEach(a -> add(st, PKG.namesActor, uri(a))));
                }
            }
            candidates();
        }

        /** The kinds beyond roles and directives: pairs, actors, formulations, citations, quotations, dates, figures. */
        private void describeStatement(Node item, Finding f) {
            if (f instanceof Finding.Pair pair) {
                addNew(item, RDF.type, PKG.DialecticalPair);
                side(item, pair.left(), PKG.left, PKG.leftTerm);
                side(item, pair.right(), PKG.right, PKG.rightTerm);
            } else if (f instanceof Finding.EntityUse use) {
                Node entity = uri(use.iri());
                switch (use.kind()) {
                    case ACTOR -> {
                        addNew(item, RDF.type, PKG.ActorMention);
                        addNew(item, PKG.actor, entity);
                    }
                    case FORMULATION -> {
                        addNew(item, RDF.type, PKG.FormulationUse);
                        addNew(item, PKG.formulation, entity);
                    }
                    case DOCUMENT -> {
                        addNew(item, RDF.type, PKG.Citation);
                        addNew(item, PKG.cites, entity);
                        add(doc, DCTerms.references, entity);
                    }
                }
                if (use.candidate()) {
                    String words = ReadingText.words(use.label().strip());
                    add(entity, RDFS.label, lang(words, TextLanguage.tagOf(words)));
                }
            } else if (f instanceof Finding.Quotation quotation) {
                addNew(item, RDF.type, PKG.Quotation);
                addNew(item, PKG.quotes, uri(quotation.source()));
            } else if (f instanceof Finding.Temporal t) {
                addNew(item, RDF.type, PKG.TemporalExpression);
                addNew(item, PKG.relation, string(t.relation()));
                if (t.value() != null) {
                    XSDDatatype type = t.value().startsWith("--")
                            ? XSDDatatype.XSDgMonthDay
                            : t.value().length() == 4
                                    ? XSDDatatype.XSDgYear
                                    : t.value().length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate;
                    addNew(item, PKG.dateValue, NodeFactory.createLiteralDT(t.value(), type));
                }
                if (t.event() != null) {
                    addNew(item, PKG.event, string(t.event()));
                }
                if (t.end() != null) {
                    addNew(item, PKG.endDateValue, NodeFactory.createLiteralDT(t.end(), XSDDatatype.XSDgYear));
                }
            } else if (f instanceof Finding.Figure figure) {
                addNew(item, RDF.type, PKG.Figure);
                addNew(item, PKG.value, NodeFactory.createLiteralDT(figure.value(), XSDDatatype.XSDdecimal));
                addNew(item, PKG.unit, string(figure.unit()));
            }
        }

        private void rememberWords(Node concept, Span evidence) {
            rememberWords(concept, ReadingText.words(evidence.of(src.text()).strip()));
        }

        private void rememberWords(Node concept, String words) {
            String iri = concept.getURI();
            if (isCandidate(iri) && Slugs.isTransliterated(iri.substring(iri.lastIndexOf('/') + 1))) {
                mentionWords.putIfAbsent(concept, words);
            }
        }

        private void side(Node item, String value, Property concept, Property term) {
            if (value.startsWith("http")) {
                addNew(item, concept, uri(value));
            } else {
                addNew(item, term, string(value));
            }
        }

        /**
         * Concepts, formulations and documents a text uses that no scheme holds are candidates: SKOS
         * concepts of the candidate scheme, labelled with their words, for a curator to accept.
         */
        private void candidates() {
            if (candidates.isEmpty()) {
                return;
            }
            Node scheme = uri(PKG.CANDIDATE_NS + "scheme");
            Node label = RDFS.label.asNode();
            // "the first label" is the first a GraphMem2Fast gives for the subject (the last added while it
            // holds up to 16 triples); one of the candidates' own triples, added in the same order, keeps
            // each candidate's triples exactly as the full index would, and spares indexing the whole graph
            candidateTriples = new GraphMem2Fast();
            for (Triple t : candidateAdds) {
                if (candidates.contains(t.getSubject())) {
                    candidateTriples.performAdd(t);
                }
            }
            Node roleScheme = uri(PKG.ROLE_CANDIDATE_NS + "scheme");
            for (Node c : List.copyOf(candidates)) {
                add(c, RDF.type, SKOS.Concept);
                if (c.getURI().startsWith(PKG.ROLE_CANDIDATE_NS)) {
                    add(c, RDF.type, PKG.Role);
                    add(c, RDF.type, PKG.CandidateRole);
                    add(c, SKOS.inScheme, roleScheme);
                } else {
                    add(c, RDF.type, PKG.CandidateConcept);
                    add(c, SKOS.inScheme, scheme);
                }
                if (!candidateTriples.contains(c, label, Node.ANY)) {
                    add(c, RDFS.label, labelFromIri(c));
                }
                // the first label the graph holds, as Resource.getProperty gave it
                Node first = candidateTriples.find(c, label, Node.ANY).next().getObject();
                add(c, SKOS.prefLabel, lang(first.getLiteralLexicalForm(), first.getLiteralLanguage()));
                String slug = c.getURI().substring(c.getURI().lastIndexOf('/') + 1);
                if (Slugs.isTransliterated(slug) && !PINYIN.equals(first.getLiteralLanguage())) {
                    // labelled by its Chinese words, a candidate keeps the pinyin its IRI spells too
                    add(c, RDFS.label, lang(Slugs.spelt(slug), PINYIN));
                }
            }
            candidateTriples = null;
        }

        /**
         * The label of a candidate no finding labelled: its words, from a mention of them, or spelt by
         * its slug; a slug in pinyin is no English, and says so by its tag.
         */
        private Node labelFromIri(Node c) {
            String words = mentionWords.get(c);
            if (words != null) {
                return lang(words, TextLanguage.tagOf(words));
            }
            String slug = c.getURI().substring(c.getURI().lastIndexOf('/') + 1);
            return Slugs.isTransliterated(slug) ? lang(Slugs.spelt(slug), PINYIN) : lang(slug.replace('-', ' '), "en");
        }

        private void describeDocument() {
            Metadata md = d.metadata();
            add(doc, RDF.type, PKG.PolicyDocument);
            add(doc, PKG.length, integer(src.codePointLength()));
            add(doc, PKG.sha256, string(src.sha256()));
            if (src.fileName() != null) {
                add(doc, PKG.sourceFile, string(src.fileName()));
            }
            // the text its offsets point into, served as it is; a node of its own keeps it out of listings
            Node content = uri(Iris.documentText(docUri));
            add(doc, PKG.content, content);
            add(content, RDF.type, Vocab.NifContext);
            add(content, Vocab.isString, string(src.text()));
            SourceText.Original original = src.original();
            if (original != null) {
                Node file = uri(Iris.originalFile(docUri));
                add(doc, Vocab.wasDerivedFrom, file);
                add(file, RDF.type, Vocab.Entity);
                add(file, RDF.type, PKG.SourceFile);
                add(file, PKG.sha256, string(original.sha256()));
                add(file, PKG.mediaType, string(original.mediaType()));
                add(file, PKG.byteSize, integer(original.bytes()));
                if (original.fileName() != null) {
                    add(file, PKG.sourceFile, string(original.fileName()));
                }
            }
            String lang = md.language() == null ? "" : md.language();
            if (md.title() != null) {
                add(doc, DCTerms.title, lang(md.title(), lang));
            }
            if (md.originalTitle() != null) {
                add(doc, PKG.originalTitle, lang(md.originalTitle(), "zh"));
            }
            if (md.language() != null) {
                add(doc, DCTerms.language, string(md.language()));
            }
            if (md.abstractText() != null) {
                add(doc, DCTerms.abstract_, lang(md.abstractText(), lang));
            }
            if (md.issued() != null) {
                add(doc, DCTerms.issued, NodeFactory.createLiteralDT(md.issued().toString(), XSDDatatype.XSDdate));
            }
            if (md.sourceUrl() != null) {
                add(doc, DCTerms.source, uri(md.sourceUrl()));
            }
            if (md.authorName() != null) {
                Node author = uri(iris.actor(slug(md.authorName())));
                add(author, RDF.type, Vocab.Person);
                add(author, Vocab.name, lang(md.authorName(), "en"));
                add(author, RDFS.label, lang(md.authorName(), "en"));
                if (md.authorNameZh() != null) {
                    add(author, Vocab.name, lang(md.authorNameZh(), "zh"));
                    add(author, RDFS.label, lang(md.authorNameZh(), "zh"));
                }
                add(doc, DCTerms.creator, author);
            }
            if (md.translator() != null) {
                add(doc, Vocab.translator, string(md.translator()));
            }
            // A translation's publisher and year belong to the translation, not to the original work.
            boolean translation = md.originalTitle() != null;
            if (md.publisher() != null) {
                Node publisher = uri(iris.organisation(slug(md.publisher())));
                add(publisher, RDF.type, Vocab.Organization);
                add(publisher, Vocab.name, lang(md.publisher(), "en"));
                add(publisher, RDFS.label, lang(md.publisher(), "en"));
                add(doc, translation ? PKG.translationPublisher : DCTerms.publisher, publisher);
            }
            if (md.translationPublished() != null) {
                Node year =
                        NodeFactory.createLiteralDT(md.translationPublished().toString(), XSDDatatype.XSDgYear);
                add(doc, translation ? PKG.translationPublished : DCTerms.date, year);
            }
            describeStanding(md);
        }

        /** The work this language version realises, and what the document is, who issued it, where it appeared. */
        private void describeStanding(Metadata md) {
            Standing st = md.standing();
            Node work = uri(workIri(src.id(), md));
            add(work, RDF.type, ELI.Work);
            add(doc, RDF.type, ELI.Expression);
            add(doc, ELI.realizes, work);
            add(work, ELI.is_realized_by, doc);
            String language = euLanguage(md.language());
            if (language != null) {
                add(doc, ELI.language, uri(language));
            }
            if (st.identifies() != null) {
                add(work, PKG.identifies, uri(st.identifies()));
            }
            if (st.documentType() != null) {
                add(doc, PKG.documentType, uri(st.documentType()));
            }
            if (st.authorityTier() != null) {
                add(doc, PKG.authorityTier, uri(st.authorityTier()));
            }
            if (st.issuer() != null) {
                add(doc, PKG.issuer, uri(st.issuer()));
            }
            if (st.officeHeld() != null) {
                add(doc, PKG.officeHeld, lang(st.officeHeld(), "en"));
            }
            if (st.channel() != null) {
                add(doc, PKG.channel, uri(st.channel()));
            }
        }

        /** The document and offsets of a segment just minted. */
        private void segment(Node r, Span span) {
            addNew(r, PKG.inDocument, doc);
            addNew(r, PKG.start, offsets.of(src.codePoint(span.start())));
            addNew(r, PKG.end, offsets.of(src.codePoint(span.end())));
        }

        private Node evidence(String itemUri, Span span) {
            String text = src.text();
            Node quote = uri(itemUri + "#quote");
            addNew(quote, RDF.type, Vocab.TextQuoteSelector);
            addNew(quote, Vocab.exact, string(span.of(text)));
            String prefix = text.substring(safeIndex(text, span.start() - CONTEXT), span.start());
            String suffix = text.substring(span.end(), safeIndex(text, span.end() + CONTEXT));
            if (!prefix.isEmpty()) {
                addNew(quote, Vocab.prefix, string(prefix));
            }
            if (!suffix.isEmpty()) {
                addNew(quote, Vocab.suffix, string(suffix));
            }
            Node position = uri(itemUri + "#position");
            addNew(position, RDF.type, Vocab.TextPositionSelector);
            addNew(position, Vocab.start, selectorOffsets.of(src.codePoint(span.start())));
            addNew(position, Vocab.end, selectorOffsets.of(src.codePoint(span.end())));
            Node evidence = uri(itemUri + "#evidence");
            addNew(evidence, RDF.type, Vocab.SpecificResource);
            addNew(evidence, Vocab.hasSource, doc);
            addNew(evidence, Vocab.hasSelector, quote);
            addNew(evidence, Vocab.hasSelector, position);
            return evidence;
        }

        private Node activity(String rule) {
            Node agent = uri(iris.extractor(RuleExtractor.VERSION));
            add(agent, RDF.type, PKG.Extractor);
            add(agent, PKG.version, string(RuleExtractor.VERSION));
            add(agent, RDFS.label, lang("policy-kg rule extractor " + RuleExtractor.VERSION, "en"));
            Node activity = uri(iris.activity(src.id(), rule, RuleExtractor.VERSION));
            add(activity, RDF.type, Vocab.Activity);
            add(activity, PKG.rule, uri(PKG.RULE_NS + rule));
            add(activity, Vocab.used, doc);
            add(activity, Vocab.wasAssociatedWith, agent);
            return activity;
        }

        /**
         * The node of a segment about to be described: new to the graph, as no two segments share an IRI (the
         * section paths are made distinct, paragraphs and sentences numbered) and a statement's IRI lies under
         * statement/ or mention/, where no segment's does.
         */
        private Node mintSegment(String iri) {
            describingNew = true;
            return uri(iri);
        }

        /**
         * The node of a segment or statement about to be described, and whether the graph holds it yet: if not,
         * the triples that describe it where it is minted are new too and skip the duplicate test.
         */
        private Node mint(String iri) {
            Integer first = minted.putIfAbsent(iri, g.appended());
            describingNew = first == null;
            if (!describingNew) {
                // two findings of one statement (a figure read by two rules): the duplicate test must know the
                // triples of the first, as the second describes the same node
                g.see(first);
            }
            return uri(iri);
        }

        private void add(Node s, Property p, Resource o) {
            add(s, p, o.asNode(), false);
        }

        private void add(Node s, Property p, Node o) {
            add(s, p, o, false);
        }

        /**
         * Adds a triple about the node last {@link #mint minted}, with a predicate and object no other add gives
         * that node, so that it is new to the graph whenever the node is.
         */
        private void addNew(Node s, Property p, Resource o) {
            add(s, p, o.asNode(), describingNew);
        }

        private void addNew(Node s, Property p, Node o) {
            add(s, p, o, describingNew);
        }

        private void add(Node s, Property p, Node o, boolean isNew) {
            if (o.isURI() && isCandidate(o.getURI())) {
                candidates.add(o);
            }
            Triple t = Triple.create(s, p.asNode(), o);
            if (isNew) {
                g.appendNew(t);
            } else {
                g.append(t);
            }
            if (s != lastSubject) {
                lastSubject = s;
                lastSubjectCandidate = s.isURI() && isCandidate(s.getURI());
            }
            if (lastSubjectCandidate) {
                candidateAdds.add(t);
            }
            if (candidateTriples != null) {
                candidateTriples.performAdd(t); // only candidates() adds now, each about a candidate
            }
        }
    }

    /**
     * Where a segment stands in its structure's list: at its 1-based index, as the segmenter numbers them,
     * else found by identity (a structure numbered otherwise); -1 when the list does not hold it.
     */
    private static <S> int position(List<S> segments, S segment, int index) {
        int k = index - 1;
        if (k >= 0 && k < segments.size() && segments.get(k) == segment) {
            return k;
        }
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (segments.get(i) == segment) {
                return i;
            }
        }
        return -1;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node lang(String s, String lang) {
        return NodeFactory.createLiteralLang(s, lang);
    }

    /** The candidate namespaces after PKG.BASE: concepts, formulations, documents. */
    private static final String CONCEPT_CANDIDATE_TAIL = tail(PKG.CANDIDATE_NS);

    private static final String FORMULATION_CANDIDATE_TAIL = tail(PKG.FORMULATION_NS + "candidate/");
    private static final String DOCUMENT_CANDIDATE_TAIL = tail(PKG.DOCUMENT_NS + "candidate/");
    private static final String ROLE_CANDIDATE_TAIL = tail(PKG.ROLE_CANDIDATE_NS);
    private static final String ACTOR_CANDIDATE_TAIL = tail(PKG.ACTOR_NS + "candidate/");

    private static String tail(String namespace) {
        if (!namespace.startsWith(PKG.BASE)) {
            throw new IllegalStateException("a candidate namespace outside " + PKG.BASE + ": " + namespace);
        }
        return namespace.substring(PKG.BASE.length());
    }

    private static boolean isCandidate(String iri) {
        // every candidate namespace lies under PKG.BASE, in a folder starting c, f, d, r or a; the folder is tested
        // before the base, as it tells the document's own IRIs (doc/...) from document/candidate/ within 3 chars
        int at = PKG.BASE.length();
        if (iri.length() <= at) {
            return false;
        }
        String tail = switch (iri.charAt(at)) {
            case 'c' -> CONCEPT_CANDIDATE_TAIL;
            case 'f' -> FORMULATION_CANDIDATE_TAIL;
            case 'd' -> DOCUMENT_CANDIDATE_TAIL;
            case 'r' -> ROLE_CANDIDATE_TAIL;
            case 'a' -> ACTOR_CANDIDATE_TAIL;
            default -> null;
        };
        return tail != null && iri.startsWith(tail, at) && iri.startsWith(PKG.BASE);
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

    private static String findingIri(String docUri, Finding f, SourceText src) {
        String range = src.codePoint(f.evidence().start()) + "-"
                + src.codePoint(f.evidence().end());
        if (f instanceof Finding.Role role) {
            return Iris.statement(docUri, "role-" + range + "-" + local(role.concept()) + "-" + local(role.role()));
        }
        if (f instanceof Finding.Directive directive) {
            return Iris.statement(docUri, "directive-" + range + "-" + directive.action());
        }
        if (f instanceof Finding.Pair pair) {
            return Iris.statement(docUri, "pair-" + range + "-" + local(pair.left()) + "-" + local(pair.right()));
        }
        if (f instanceof Finding.EntityUse use) {
            return Iris.statement(
                    docUri, use.kind().name().toLowerCase(Locale.ROOT) + "-" + range + "-" + local(use.iri()));
        }
        if (f instanceof Finding.Quotation) {
            return Iris.statement(docUri, "quotation-" + range);
        }
        if (f instanceof Finding.Temporal) {
            return Iris.statement(docUri, "date-" + range);
        }
        if (f instanceof Finding.Figure) {
            return Iris.statement(docUri, "figure-" + range);
        }
        return Iris.mention(docUri, range);
    }

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** Lower-case ASCII slug of a name: "Guo Shengkun" -> "guo-shengkun"; {@link Slugs#of}. */
    static String slug(String name) {
        return Slugs.of(name);
    }

    private static int safeIndex(String text, int i) {
        int clamped = Math.max(0, Math.min(text.length(), i));
        // never cut a surrogate pair in half: step past its low half
        if (clamped > 0 && clamped < text.length() && Character.isLowSurrogate(text.charAt(clamped))) {
            clamped++;
        }
        return clamped;
    }

    /**
     * Integer literals of the offsets and counts below 2^15, made once per JVM: every document's offsets
     * start at 0, and a typed literal costs a parse of its lexical form (Jena validates it on creation),
     * about a tenth of the graph build when made anew for each triple. Nodes are immutable; the two
     * tables hold at most about 8 MB.
     */
    private static final int CACHED_INTEGERS = 1 << 15;

    private static final AtomicReferenceArray<Node> INTEGERS = new AtomicReferenceArray<>(CACHED_INTEGERS);
    private static final AtomicReferenceArray<Node> NON_NEGATIVES = new AtomicReferenceArray<>(CACHED_INTEGERS);

    private static Node integer(long value) {
        return cached(INTEGERS, value, XSDDatatype.XSDinteger);
    }

    /**
     * The literals of one datatype for the offsets into one text: from the shared table up to its end, then
     * made once for the build, as a longer text names each offset several times (segments and evidence).
     */
    private static final class Offsets {
        private final AtomicReferenceArray<Node> shared;
        private final XSDDatatype type;
        private final Node[] beyond;

        Offsets(AtomicReferenceArray<Node> shared, XSDDatatype type, long textLength) {
            this.shared = shared;
            this.type = type;
            this.beyond = new Node[(int) Math.max(0, textLength + 1 - CACHED_INTEGERS)];
        }

        Node of(long value) {
            long k = value - CACHED_INTEGERS;
            if (k < 0 || k >= beyond.length) {
                return cached(shared, value, type);
            }
            Node n = beyond[(int) k];
            if (n == null) {
                n = NodeFactory.createLiteralDT(Long.toString(value), type);
                beyond[(int) k] = n;
            }
            return n;
        }
    }

    private static Node cached(AtomicReferenceArray<Node> cache, long value, XSDDatatype type) {
        if (value < 0 || value >= CACHED_INTEGERS) {
            return NodeFactory.createLiteralDT(Long.toString(value), type);
        }
        Node n = cache.get((int) value);
        if (n == null) {
            n = NodeFactory.createLiteralDT(Long.toString(value), type);
            cache.set((int) value, n); // two threads may both make it: equal nodes, either will do
        }
        return n;
    }
}
