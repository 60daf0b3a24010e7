package org.policykg.cli;

import java.io.PrintStream;
import org.policykg.store.Tdb2GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code policy-kg} command line: one subcommand per verb. */
@Command(
        name = "policy-kg",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Knowledge graph of CCP policy documents: extract, serve over SPARQL and JSON-LD.",
        subcommands = {
            ServeCommand.class,
            ExtractCommand.class,
            LoadCommand.class,
            DumpCommand.class,
            EvaluateCommand.class,
            QueryCommand.class,
            ValidateCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(Main.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        int code = commandLine(System.out).execute(args);
        if (code != ServeCommand.SERVING) {
            System.exit(code);
        }
    }

    /** A command line whose results go to {@code out}; tests pass their own stream. */
    public static CommandLine commandLine(PrintStream out) {
        CommandLine cl = new CommandLine(new Main(), new Factory(out));
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setExecutionExceptionHandler(Main::failed);
        return cl;
    }

    /** A data folder a running server holds gets one line that says what to do, not TDB2's stack trace. */
    private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof Tdb2GraphStore.FolderInUseException inUse) {
            log.error(
                    "{} is held by a running server: stop it first, or use the server instead"
                            + " (GET /dump.nq for a backup, POST /api/documents to add a text)",
                    inUse.folder());
            return 1;
        }
        throw e;
    }

    /** Hands each command the output stream for its results. */
    private record Factory(PrintStream out) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == ServeCommand.class) {
                return cls.cast(new ServeCommand(out));
            }
            if (cls == ExtractCommand.class) {
                return cls.cast(new ExtractCommand(out));
            }
            if (cls == LoadCommand.class) {
                return cls.cast(new LoadCommand(out));
            }
            if (cls == QueryCommand.class) {
                return cls.cast(new QueryCommand(out));
            }
            if (cls == ValidateCommand.class) {
                return cls.cast(new ValidateCommand(out));
            }
            if (cls == DumpCommand.class) {
                return cls.cast(new DumpCommand(out));
            }
            if (cls == EvaluateCommand.class) {
                return cls.cast(new EvaluateCommand(out));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"policy-kg " + (v == null ? "(development build)" : v)};
        }
    }
}
