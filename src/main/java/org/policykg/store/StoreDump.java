package org.policykg.store;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The whole store as one RDF file and back: {@code dump} writes every named graph (N-Quads, TriG or
 * JSON-LD keep the graph names; Turtle has none, so it gets the union), and {@link #restore} puts
 * each graph of a dump back under its name, replacing a graph of the same name.
 */
public final class StoreDump {
    /** The formats of {@code dump --format}. */
    public enum Format {
        NQUADS(RDFFormat.NQUADS, true),
        TRIG(RDFFormat.TRIG_BLOCKS, true),
        TURTLE(RDFFormat.TURTLE_BLOCKS, false),
        JSONLD(RDFFormat.JSONLD11, true);

        private final RDFFormat format;
        private final boolean quads;

        Format(RDFFormat format, boolean quads) {
            this.format = format;
            this.quads = quads;
        }

        public static Format of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    /** The file name endings {@link #restore} reads as datasets. */
    public static final List<Lang> QUAD_LANGS = List.of(Lang.NQUADS, Lang.TRIG, Lang.JSONLD);

    private StoreDump() {}

    /** Writes the store in one read transaction, so the dump is one consistent state. */
    public static void write(GraphStore store, Format format, OutputStream out) {
        store.read(dsg -> {
            if (format.quads) {
                RDFDataMgr.write(out, dsg, format.format);
            } else {
                RDFDataMgr.write(out, dsg.getUnionGraph(), format.format);
            }
            return null;
        });
    }

    /** Whether a file's name says it is a dump this class reads. */
    public static boolean isDump(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        return lang != null && QUAD_LANGS.contains(lang);
    }

    /**
     * Reads a dump (whole, before the store is touched) and writes its graphs in one transaction.
     *
     * @return the number of graphs written
     * @throws org.apache.jena.riot.RiotException when the file does not parse
     */
    public static int restore(GraphStore store, Path file) {
        DatasetGraph dump = DatasetGraphFactory.create();
        RDFParser.source(file)
                // a dump names no remote context; refuse to fetch one rather than reach the network
                .set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions((url, options) -> {
                    throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "no remote context: " + url);
                }))
                .parse(dump);
        return store.write(dsg -> {
            dump.getDefaultGraph().find().forEach(dsg.getDefaultGraph()::add);
            int graphs = 0;
            for (Iterator<Node> it = dump.listGraphNodes(); it.hasNext(); ) {
                Node name = it.next();
                dsg.removeGraph(name);
                dsg.addGraph(name, dump.getGraph(name));
                graphs++;
            }
            return graphs;
        });
    }
}
