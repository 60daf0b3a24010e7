package org.policykg.web.api;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.vocab.PKG;
import org.policykg.vocab.StatementKind;
import org.policykg.vocab.Vocab;

/**
 * What a node of {@code /api/graph} is, read from its types, for {@code ?kinds=}: a view of ideas
 * (concepts, roles, documents, actors) by default, the text's own nodes (sentences, mentions,
 * statements, parts) only when asked, as they outnumber the ideas many times over.
 */
enum NodeKind {
    CONCEPT,
    ROLE,
    DOCUMENT,
    ACTOR,
    SENTENCE,
    MENTION,
    STATEMENT,
    PART,
    OTHER;

    static final Set<NodeKind> DEFAULT = EnumSet.of(CONCEPT, ROLE, DOCUMENT, ACTOR);

    private static final Set<Node> ROLES = Set.of(PKG.Role.asNode(), PKG.CandidateRole.asNode());
    private static final Set<Node> DOCUMENTS =
            Set.of(PKG.PolicyDocument.asNode(), NodeFactory.createURI(DCTerms.NS + "BibliographicResource"));
    private static final Set<Node> ACTORS =
            Set.of(Vocab.Person.asNode(), Vocab.Organization.asNode(), NodeFactory.createURI(Vocab.FOAF + "Agent"));
    private static final Set<Node> STATEMENTS = StatementKind.ALL.stream()
            .filter(StatementKind::listed)
            .map(k -> k.type().asNode())
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<Node> PARTS =
            Set.of(PKG.Section.asNode(), PKG.Item.asNode(), PKG.Paragraph.asNode(), PKG.Preamble.asNode());
    private static final Set<Node> CONCEPTS = Set.of(SKOS.Concept.asNode(), PKG.CandidateConcept.asNode());

    /** The name a client writes in {@code ?kinds=}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a node with these types; the more specific types first, since a role is a skos:Concept too. */
    static NodeKind of(Set<Node> types) {
        if (!disjoint(types, ROLES)) {
            return ROLE;
        }
        if (!disjoint(types, DOCUMENTS)) {
            return DOCUMENT;
        }
        if (!disjoint(types, ACTORS)) {
            return ACTOR;
        }
        if (types.contains(PKG.Sentence.asNode())) {
            return SENTENCE;
        }
        if (types.contains(PKG.Mention.asNode())) {
            return MENTION;
        }
        if (!disjoint(types, STATEMENTS)) {
            return STATEMENT;
        }
        if (!disjoint(types, PARTS)) {
            return PART;
        }
        return disjoint(types, CONCEPTS) ? OTHER : CONCEPT;
    }

    /** {@code ?kinds=concept,role}: null when a name is not a kind. */
    static Set<NodeKind> parse(String list) {
        Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
        for (String name : list.split(",")) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            if (key.endsWith("s")) {
                key = key.substring(0, key.length() - 1); // "sentences" as well as "sentence"
            }
            if (key.isEmpty()) {
                continue;
            }
            NodeKind kind = null;
            for (NodeKind k : values()) {
                if (k.key().equals(key)) {
                    kind = k;
                }
            }
            if (kind == null) {
                return null;
            }
            kinds.add(kind);
        }
        return kinds.isEmpty() ? null : kinds;
    }

    static String names() {
        return java.util.Arrays.stream(values()).map(NodeKind::key).collect(Collectors.joining(", "));
    }

    private static boolean disjoint(Set<Node> a, Set<Node> b) {
        return java.util.Collections.disjoint(a, b);
    }
}
