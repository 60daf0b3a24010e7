package org.policykg.extract;

import java.util.function.Supplier;

/**
 * A time limit for the extraction running on the calling thread, checked once per sentence, so that
 * a text that takes too long stops rather than holding a thread and its memory to the end.
 */
public final class Deadline {
    private static final ThreadLocal<long[]> AT = new ThreadLocal<>();

    private Deadline() {}

    /** Runs {@code work} on this thread under the limit {@code atNanos} ({@link System#nanoTime()}). */
    public static <T> T within(long atNanos, Supplier<T> work) {
        long[] outer = AT.get();
        AT.set(new long[] {atNanos});
        try {
            return work.get();
        } finally {
            if (outer == null) {
                AT.remove();
            } else {
                AT.set(outer);
            }
        }
    }

    /** @throws Exceeded when the calling thread's limit has passed */
    public static void check() {
        long[] at = AT.get();
        if (at != null && System.nanoTime() - at[0] > 0) {
            throw new Exceeded();
        }
    }

    /** @throws Exceeded when {@code atNanos} has passed */
    public static void check(long atNanos) {
        if (System.nanoTime() - atNanos > 0) {
            throw new Exceeded();
        }
    }

    /** The limit passed; nothing was stored. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Exceeded() {
            super("the time limit of the extraction passed", null, false, false);
        }
    }
}
