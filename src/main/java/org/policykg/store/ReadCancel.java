package org.policykg.store;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;

/**
 * The cancel signal of a read that runs on one request thread (an API view, a Linked Data page):
 * another thread (the watchdog, the heap guard) cancels it; the query it runs now is aborted, and the
 * next query or {@link #check} on that thread throws {@link QueryCancelledException}.
 */
public final class ReadCancel implements AutoCloseable {
    private static final ThreadLocal<ReadCancel> CURRENT = new ThreadLocal<>();

    private volatile boolean cancelled;
    private volatile QueryExecution running;

    private ReadCancel() {}

    /** A signal for the reads of the calling thread, until closed. */
    public static ReadCancel begin() {
        ReadCancel c = new ReadCancel();
        CURRENT.set(c);
        return c;
    }

    /** Stops the read: from any thread. */
    public void cancel() {
        cancelled = true;
        QueryExecution q = running;
        if (q != null) {
            q.abort();
        }
    }

    /** @throws QueryCancelledException when the calling thread's read was cancelled */
    public static void check() {
        ReadCancel c = CURRENT.get();
        if (c != null && c.cancelled) {
            throw new QueryCancelledException();
        }
    }

    /** The query the calling thread runs now: aborted by {@link #cancel}, at once if that came first. */
    static QueryExecution track(QueryExecution qe) {
        ReadCancel c = CURRENT.get();
        if (c != null) {
            c.running = qe;
            if (c.cancelled) {
                qe.abort();
            }
        }
        return qe;
    }

    @Override
    public void close() {
        CURRENT.remove();
    }
}
