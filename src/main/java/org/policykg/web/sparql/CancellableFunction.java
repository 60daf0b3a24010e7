package org.policykg.web.sparql;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * What {@link CancellableRegex} and {@link CancellableReplace} share: the execution's cancel signal,
 * the text read through it, and the compiled pattern.
 */
abstract class CancellableFunction extends FunctionBase {
    private AtomicBoolean cancel = new AtomicBoolean();
    // the pattern is nearly always a constant: compile it once per query, not once per row
    private String lastKey;
    private Pattern lastPattern;

    @Override
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
        AtomicBoolean signal = env == null ? null : Context.getCancelSignal(env.getContext());
        if (signal != null) {
            cancel = signal;
        }
        return exec(args);
    }

    /** @param name the SPARQL function, for error messages */
    final Pattern pattern(String name, String pattern, String flags) {
        String key = flags + "/" + pattern;
        if (!key.equals(lastKey)) {
            lastPattern = RegexEngine.makePattern(name, pattern, flags);
            lastKey = key;
        }
        return lastPattern;
    }

    /** The text as the matcher reads it: each character read checks the cancel signal. */
    final CharSequence checked(String text) {
        return new Checked(text, cancel);
    }

    /** Reads through to the text, and throws once the query is cancelled. */
    private record Checked(String text, AtomicBoolean cancel) implements CharSequence {
        @Override
        public char charAt(int index) {
            if (cancel.get()) {
                throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Checked(text.substring(start, end), cancel);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
