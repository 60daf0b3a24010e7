package org.policykg.web.sparql;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryExecution;

/**
 * Aborts a query execution when its wall-clock time is up. Jena's own timeout misses some query
 * shapes (apache/jena#3044, #3535); {@link QueryExecution#abort()} from another thread raises the
 * cancel signal that every iterator, and {@link CancellableRegex}, checks.
 */
final class Watchdog implements AutoCloseable {
    /** One daemon thread for every server in the JVM: its only work is to flip flags. */
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final ScheduledFuture<?> task;
    private final AtomicBoolean fired = new AtomicBoolean();

    private Watchdog(QueryExecution qe, long millis) {
        this.task = TIMER.schedule(
                () -> {
                    fired.set(true);
                    qe.abort();
                },
                millis,
                TimeUnit.MILLISECONDS);
    }

    static Watchdog start(QueryExecution qe, long millis) {
        return new Watchdog(qe, millis);
    }

    boolean fired() {
        return fired.get();
    }

    @Override
    public void close() {
        task.cancel(false);
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "policy-kg-query-watchdog");
            t.setDaemon(true);
            return t;
        });
        // most queries finish in time: drop their cancelled tasks now rather than when they would fire
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
