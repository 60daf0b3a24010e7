package org.policykg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress report on standard error for long batches ("extract 12/40 (30%) name.txt"),
 * redrawn in place with a carriage return. Shown only when a person is watching: stderr is a
 * terminal and the batch has at least {@value #MIN_ITEMS} items, so logs and pipes stay clean.
 */
final class Progress implements AutoCloseable {
    static final int MIN_ITEMS = 5;

    private final PrintStream err;
    private final String label;
    private final int total;
    private final boolean shown;
    private int done;
    private int lastWidth;

    Progress(PrintStream err, String label, int total, boolean terminal) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.shown = terminal && total >= MIN_ITEMS;
    }

    /** On the process's standard error, if that is a terminal. */
    static Progress onStderr(String label, int total) {
        return new Progress(System.err, label, total, stderrIsTerminal());
    }

    boolean shown() {
        return shown;
    }

    /** Marks one more item done, naming it. */
    void step(String name) {
        done++;
        if (!shown) {
            return;
        }
        String line = String.format(Locale.ROOT, "%s %d/%d (%d%%) %s", label, done, total, done * 100 / total, name);
        // pad over the rest of a longer previous line
        err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        err.flush();
        lastWidth = line.length();
    }

    @Override
    public void close() {
        if (shown && done > 0) {
            err.println();
            err.flush();
        }
    }

    /**
     * Java 17 cannot ask whether stderr alone is a terminal (System.console() needs stdin and stdout
     * too, and stdout is often redirected to the output file); on Linux /proc names the device.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
