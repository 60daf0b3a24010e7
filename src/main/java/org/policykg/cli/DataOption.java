package org.policykg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: the TDB2 folder a command opens; a mixin of every command that opens one. */
final class DataOption {
    static final Path DEFAULT = Path.of("data");

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "TDB2 data folder (default: ./data; not while serve has it open).")
    Path data;

    /** Whether the folder was named on the command line. */
    boolean given() {
        return data != null;
    }

    /** The folder named, or {@code ./data}. */
    Path folder() {
        return data != null ? data : DEFAULT;
    }
}
