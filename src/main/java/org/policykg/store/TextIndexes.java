package org.policykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.policykg.vocab.PKG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene full-text index beside the TDB2 store (jena-text): sentence texts ({@code pkg:text})
 * in the field {@value #TEXT_FIELD}, SKOS pref/alt/hidden labels of concepts, formulations, actors
 * and documents in {@value #LABEL_FIELD}. Each field is indexed language-neutrally (see
 * {@link SearchAnalyzer}) and, per language tag, by that language's analyzer: English with
 * Lucene's EnglishAnalyzer, Chinese with CJKAnalyzer, pinyin folded for tone marks.
 */
public final class TextIndexes {
    private static final Logger log = LoggerFactory.getLogger(TextIndexes.class);

    public static final String TEXT_FIELD = "text";
    public static final String LABEL_FIELD = "label";
    /** The language tag of pinyin labels. */
    public static final String PINYIN = "zh-Latn-pinyin";

    static final List<Node> LABELS =
            List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode());

    static {
        // jena-text looks the analyzer of a language field up by its tag, in a process-wide table
        SearchAnalyzer pinyin = new SearchAnalyzer(false);
        Util.addAnalyzer(PINYIN, pinyin);
        Util.addAnalyzer(PINYIN.toLowerCase(java.util.Locale.ROOT), pinyin);
    }

    private TextIndexes() {}

    /**
     * The indexed dataset: every write through it updates the index in the same transaction. Also
     * the way to give an external Jena store (Fuseki) the same index, so that {@code text:query}
     * works there.
     */
    public static DatasetGraph wrap(DatasetGraph base, Directory directory) {
        boolean fresh;
        try {
            fresh = !DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the text index", e);
        }
        TextIndex index = TextDatasetFactory.createLuceneIndex(directory, config());
        if (fresh) {
            build(base, index);
        }
        return TextDatasetFactory.create(base, index, true);
    }

    static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition("uri", TEXT_FIELD, "graph", PKG.text.asNode());
        for (Node label : LABELS) {
            def.set(LABEL_FIELD, label);
        }
        def.setLangField("lang");
        // without a uid field jena-text cannot delete an entry when its triple is deleted
        def.setUidField("uid");
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new SearchAnalyzer(true));
        config.setMultilingualSupport(true);
        config.setValueStored(true); // the highlighter needs the text
        return config;
    }

    /**
     * {@code dsg.addGraph(name, content)}, faster on an indexed dataset: jena-text looks every added
     * quad up first, so as to index only new ones, which costs about a fifth of a document's write.
     * Only the quads the index takes need that; the others go straight to the store underneath,
     * in the same transaction.
     */
    public static void addGraph(DatasetGraph dsg, Node name, Graph content) {
        if (!(dsg instanceof DatasetGraphText text)) {
            dsg.addGraph(name, content);
            return;
        }
        EntityDefinition def = text.getTextIndex().getDocDef();
        DatasetGraph base = text.monitored();
        content.find().forEachRemaining(t -> {
            if (def.getField(t.getPredicate()) != null) {
                text.add(name, t.getSubject(), t.getPredicate(), t.getObject());
            } else {
                base.add(name, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
    }

    /**
     * {@code dsg.removeGraph(name)}, faster on an indexed dataset: only the indexed quads are
     * deleted one by one through jena-text (so their index entries go); the store removes the rest
     * itself, in the same transaction.
     */
    public static void removeGraph(DatasetGraph dsg, Node name) {
        if (!(dsg instanceof DatasetGraphText text)) {
            dsg.removeGraph(name);
            return;
        }
        EntityDefinition def = text.getTextIndex().getDocDef();
        for (String field : List.of(TEXT_FIELD, LABEL_FIELD)) {
            for (Node p : def.getPredicates(field)) {
                text.deleteAny(name, Node.ANY, p, Node.ANY);
            }
        }
        text.monitored().removeGraph(name);
    }

    /** Indexes what a store holds: a store written before the index existed, or a new empty one. */
    private static void build(DatasetGraph base, TextIndex index) {
        EntityDefinition def = index.getDocDef();
        long[] count = {0};
        Txn.executeRead(base, () -> {
            for (Node p : def.getPredicates(TEXT_FIELD)) {
                base.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> count[0] += add(def, index, q));
            }
            for (Node p : def.getPredicates(LABEL_FIELD)) {
                base.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> count[0] += add(def, index, q));
            }
        });
        index.commit();
        if (count[0] > 0) {
            log.info("Built the text index: {} entries from the stored graphs", count[0]);
        }
    }

    private static int add(EntityDefinition def, TextIndex index, Quad quad) {
        Entity entity = TextQueryFuncs.entityFromQuad(def, quad);
        if (entity == null) {
            return 0;
        }
        index.addEntity(entity);
        return 1;
    }
}
