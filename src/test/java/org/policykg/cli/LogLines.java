package org.policykg.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The lines a class logs while a command runs, as "LEVEL message", for tests of what the CLI says on stderr. */
final class LogLines {
    private LogLines() {}

    static List<String> of(Class<?> source, Runnable command) {
        Logger logger = (Logger) LoggerFactory.getLogger(source);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        // the tests' logback config shows warnings only; the info lines are part of what a command says
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addAppender(lines);
        try {
            command.run();
            return List.copyOf(lines.list).stream()
                    .map(e -> e.getLevel() + " " + e.getFormattedMessage())
                    .toList();
        } finally {
            logger.detachAppender(lines);
            logger.setLevel(level);
        }
    }
}
