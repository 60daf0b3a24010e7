package org.policykg.cli;

import java.nio.file.Path;
import org.policykg.store.GraphStore;
import org.policykg.store.SparqlGraphStore;
import org.policykg.store.Tdb2GraphStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which store holds the graph: a TDB2 folder, TDB2 in memory, or an external SPARQL 1.1 store. A
 * mixin; options that do not fit together are a usage error of the command that mixes it in.
 */
final class StoreOptions {
    static final class Place {
        @Option(names = "--data", paramLabel = "DIR", description = "TDB2 data folder (default: ./data).")
        Path data;

        @Option(names = "--memory", description = "Keep the store in memory; nothing is written to disk.")
        boolean memory;
    }

    @ArgGroup(exclusive = true)
    Place place = new Place();

    /** Which store serves the graph. */
    enum Kind {
        tdb2,
        sparql
    }

    @Option(
            names = "--store",
            paramLabel = "KIND",
            description =
                    "tdb2: the embedded TDB2 store (default); sparql: an external SPARQL 1.1 store at"
                            + " --query-url and --update-url (then the server keeps no state). One of: ${COMPLETION-CANDIDATES}.")
    Kind kind = Kind.tdb2;

    @Option(names = "--query-url", paramLabel = "URL", description = "SPARQL query endpoint of the external store.")
    String queryUrl;

    @Option(names = "--update-url", paramLabel = "URL", description = "SPARQL Update endpoint of the external store.")
    String updateUrl;

    @Option(
            names = "--gsp-url",
            paramLabel = "URL",
            description = "Graph Store Protocol endpoint of the external store, to read whole graphs (optional).")
    String gspUrl;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The chosen store.
     *
     * @param remoteTimeoutMillis the limit of one request of an external store to it
     * @param replicaMaxQuads the largest TDB2 store answered from a copy in memory; 0 for no copy
     * @throws ParameterException (exit 2) when the options do not fit together
     */
    GraphStore open(long remoteTimeoutMillis, long replicaMaxQuads) {
        if (kind == Kind.tdb2) {
            if (queryUrl != null || updateUrl != null || gspUrl != null) {
                throw usage("--query-url, --update-url and --gsp-url need --store sparql.");
            }
            Tdb2GraphStore tdb = place.memory
                    ? Tdb2GraphStore.inMemory()
                    : Tdb2GraphStore.open(place.data != null ? place.data : DataOption.DEFAULT);
            if (replicaMaxQuads > 0) {
                tdb.withMemoryReplica(replicaMaxQuads);
            }
            return tdb;
        }
        if (place.memory || place.data != null) {
            throw usage(
                    "--data and --memory are for --store tdb2; --store sparql keeps the graph in the external store.");
        }
        if (queryUrl == null || updateUrl == null) {
            throw usage("--store sparql needs --query-url URL and --update-url URL (and optionally --gsp-url URL).");
        }
        try {
            return new SparqlGraphStore(queryUrl, updateUrl, gspUrl, remoteTimeoutMillis);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
