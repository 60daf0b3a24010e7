package org.policykg.align;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.policykg.vocab.Iris;
import org.policykg.vocab.PKG;

/**
 * The alignment of two language versions of one work, read from their document graphs: the
 * sentence links of {@link SentenceAligner}, and, within linked sentences, the statements both
 * versions make ({@code pkg:agreesWith}) and those only one makes ({@code pkg:notFoundIn}).
 */
public final class ExpressionAlignment {
    /** Properties that place a statement or trace its making: not part of what it says. */
    private static final Set<String> PLACING = Set.of(
            PKG.inDocument.getURI(),
            PKG.inSection.getURI(),
            PKG.inSentence.getURI(),
            PKG.evidence.getURI(),
            "http://www.w3.org/ns/prov#wasGeneratedBy",
            DCTerms.isPartOf.getURI());

    private ExpressionAlignment() {}

    /** One language version: its document IRI, language tag and document graph. */
    public record Expression(String documentIri, String language, Model graph) {}

    /**
     * The alignment graph of {@code left} and {@code right}; its nodes are minted under the left
     * document's IRI.
     */
    public static Model of(Expression left, Expression right) {
        List<Resource> ls = sentences(left);
        List<Resource> rs = sentences(right);
        SentenceAligner aligner = new SentenceAligner(SentenceAligner.lengthRatio(left.language(), right.language()));
        List<SentenceAligner.Link> links = aligner.align(view(ls), view(rs));
        Map<Resource, List<Resource>> leftStatements = statementsBySentence(left.graph());
        Map<Resource, List<Resource>> rightStatements = statementsBySentence(right.graph());
        Model out = ModelFactory.createDefaultModel();
        String rightId = right.documentIri().substring(right.documentIri().lastIndexOf('/') + 1);
        int n = 0;
        for (SentenceAligner.Link link : links) {
            Resource a = out.createResource(Iris.sentenceAlignment(left.documentIri(), rightId, ++n));
            a.addProperty(RDF.type, PKG.SentenceAlignment);
            List<Resource> lStatements = new ArrayList<>();
            List<Resource> rStatements = new ArrayList<>();
            for (int i : link.left()) {
                a.addProperty(PKG.alignedSentence, ls.get(i));
                lStatements.addAll(leftStatements.getOrDefault(ls.get(i), List.of()));
            }
            for (int i : link.right()) {
                a.addProperty(PKG.alignedSentence, rs.get(i));
                rStatements.addAll(rightStatements.getOrDefault(rs.get(i), List.of()));
            }
            a.addProperty(PKG.alignmentMethod, link.method());
            a.addLiteral(PKG.alignmentScore, out.createTypedLiteral(decimal(link.score()), XSDDatatype.XSDdecimal));
            tie(out, lStatements, left.graph(), rStatements, right.graph(), right.documentIri());
            tie(out, rStatements, right.graph(), lStatements, left.graph(), left.documentIri());
        }
        return out;
    }

    /** The score to three places in the canonical form a store keeps ("0.5", "1.0"), so a stored alignment compares equal. */
    private static String decimal(double score) {
        String s = BigDecimal.valueOf(score)
                .setScale(3, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    /** Each statement of {@code these} agrees with those of {@code those} that say the same, or is not found there. */
    private static void tie(
            Model out,
            List<Resource> these,
            Model theseGraph,
            List<Resource> those,
            Model thoseGraph,
            String thoseDocument) {
        for (Resource s : these) {
            String key = content(theseGraph, s);
            boolean found = false;
            for (Resource t : those) {
                if (key.equals(content(thoseGraph, t))) {
                    out.add(s, PKG.agreesWith, t);
                    found = true;
                }
            }
            if (!found) {
                out.add(s, PKG.notFoundIn, out.createResource(thoseDocument));
            }
        }
    }

    /** What a statement says, language aside: its types and the things (IRIs) it names. */
    private static String content(Model graph, Resource statement) {
        Set<String> parts = new TreeSet<>();
        for (Statement st :
                graph.listStatements(statement, null, (RDFNode) null).toList()) {
            String p = st.getPredicate().getURI();
            if (!PLACING.contains(p) && st.getObject().isURIResource()) {
                parts.add(p + "=" + st.getObject().asResource().getURI());
            }
        }
        return String.join(" ", parts);
    }

    private static List<Resource> sentences(Expression e) {
        Resource doc = e.graph().createResource(e.documentIri());
        return e.graph().listSubjectsWithProperty(RDF.type, PKG.Sentence).toList().stream()
                .filter(s -> s.hasProperty(PKG.inDocument, doc))
                .sorted(Comparator.comparingInt(
                        s -> s.getRequiredProperty(PKG.index).getInt()))
                .toList();
    }

    private static List<SentenceAligner.Sentence> view(List<Resource> sentences) {
        Map<Resource, List<String>> markers = openedMarkers(sentences);
        List<SentenceAligner.Sentence> out = new ArrayList<>();
        for (Resource s : sentences) {
            Set<String> concepts = new HashSet<>();
            s.listProperties(PKG.mentions)
                    .forEach(st -> concepts.add(st.getObject().toString()));
            out.add(new SentenceAligner.Sentence(
                    s.getRequiredProperty(PKG.text).getString(), concepts, markers.getOrDefault(s, List.of())));
        }
        return out;
    }

    /**
     * The markers of the sections (第一章, 第一条, I.) each sentence opens, outermost first: the
     * segmenter keeps a heading's marker on its section, not in the sentence's words.
     */
    private static Map<Resource, List<String>> openedMarkers(List<Resource> sentences) {
        Map<Resource, List<String>> out = new HashMap<>();
        if (sentences.isEmpty()) {
            return out;
        }
        Model graph = sentences.get(0).getModel();
        Resource doc = sentences.get(0).getPropertyResourceValue(PKG.inDocument);
        List<Resource> sections = graph.listSubjectsWithProperty(PKG.marker).toList().stream()
                .filter(r -> r.hasProperty(PKG.inDocument, doc) && r.hasProperty(PKG.start) && r.hasProperty(PKG.end))
                .sorted(Comparator.<Resource>comparingInt(
                                r -> r.getRequiredProperty(PKG.start).getInt())
                        .thenComparing(r -> -r.getRequiredProperty(PKG.end).getInt()))
                .toList();
        for (Resource section : sections) {
            int start = section.getRequiredProperty(PKG.start).getInt();
            int end = section.getRequiredProperty(PKG.end).getInt();
            sentences.stream()
                    .filter(s -> {
                        int at = s.getRequiredProperty(PKG.start).getInt();
                        return at >= start && at < end;
                    })
                    .min(Comparator.comparingInt(
                            s -> s.getRequiredProperty(PKG.start).getInt()))
                    .ifPresent(first -> out.computeIfAbsent(first, k -> new ArrayList<>())
                            .add(section.getRequiredProperty(PKG.marker).getString()));
        }
        return out;
    }

    private static Map<Resource, List<Resource>> statementsBySentence(Model graph) {
        Map<Resource, List<Resource>> out = new LinkedHashMap<>();
        graph.listStatements(null, PKG.inSentence, (RDFNode) null)
                .forEach(st -> out.computeIfAbsent(st.getObject().asResource(), k -> new ArrayList<>())
                        .add(st.getSubject()));
        return out;
    }
}
