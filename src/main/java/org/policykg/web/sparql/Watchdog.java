package org.policykg.web.sparql;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.QueryExecution;

/**
 * Aborts a running piece of work (a query execution, a read of the API) when its wall-clock time is
 * up, or when the {@link HeapGuard} picks it as the largest running one. Jena's own timeout misses
 * some query shapes (apache/jena#3044, #3535); {@link QueryExecution#abort()} from another thread
 * raises the cancel signal that every iterator, and {@link CancellableRegex}, checks.
 */
public final class Watchdog implements AutoCloseable {
    /** Why the work was stopped. */
    public enum Cause {
        TIMEOUT,
        MEMORY,
        /** The client closed its connection: no one is left to answer. */
        CLIENT_GONE
    }

    /** One daemon thread for every server in the JVM: its only work is to flip flags. */
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    /** Runs the aborts, which may wait for the query they stop: one thread each, made when needed. */
    private static final ExecutorService ABORTS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "policy-kg-query-abort");
        t.setDaemon(true);
        return t;
    });

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    /** The work running now, each on the request thread that started it. */
    private static final Set<Watchdog> RUNNING = ConcurrentHashMap.newKeySet();

    private final Runnable abort;
    private final long thread = Thread.currentThread().getId();
    private final long allocatedAtStart = allocated(thread);
    private final ScheduledFuture<?> task;
    private final AtomicReference<Cause> fired = new AtomicReference<>();

    private Watchdog(Runnable abort, long millis) {
        this.abort = abort;
        this.task = TIMER.schedule(() -> stop(Cause.TIMEOUT), millis, TimeUnit.MILLISECONDS);
        RUNNING.add(this);
    }

    static Watchdog start(QueryExecution qe, long millis) {
        return new Watchdog(qe::abort, millis);
    }

    /** Watches work that runs on the calling thread and stops when {@code abort} is run. */
    public static Watchdog start(Runnable abort, long millis) {
        return new Watchdog(abort, millis);
    }

    /** Whether the work was stopped, for either cause. */
    public boolean fired() {
        return fired.get() != null;
    }

    /** Why the work was stopped; null while it was not. */
    public Cause cause() {
        return fired.get();
    }

    /**
     * Stops the running work whose thread has allocated the most since it started, if that is at least
     * {@code minBytes}: the best cheap measure of which one fills the heap.
     *
     * @return whether one was stopped
     */
    static boolean stopLargest(long minBytes) {
        return RUNNING.stream()
                .filter(w -> w.fired.get() == null)
                .map(w -> new Object() {
                    final Watchdog watchdog = w;
                    final long bytes = allocated(w.thread) - w.allocatedAtStart;
                })
                .filter(e -> e.bytes >= minBytes)
                .max(Comparator.comparingLong(e -> e.bytes))
                .map(e -> {
                    e.watchdog.stop(Cause.MEMORY);
                    return true;
                })
                .orElse(false);
    }

    /** Stops the work because its client went away. */
    public void clientGone() {
        stop(Cause.CLIENT_GONE);
    }

    private void stop(Cause cause) {
        if (fired.compareAndSet(null, cause)) {
            // Jena's abort() raises the cancel signal, then waits for the monitor that the query holds
            // while it builds its plan (an ORDER BY with an OFFSET sorts in there): run on the timer or
            // the heap guard's thread, it would hold up every other query's timeout until this one ends
            ABORTS.execute(abort);
        }
    }

    @Override
    public void close() {
        RUNNING.remove(this);
        task.cancel(false);
    }

    private static long allocated(long thread) {
        return THREADS == null ? 0 : Math.max(0, THREADS.getThreadAllocatedBytes(thread));
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported()) {
            t.setThreadAllocatedMemoryEnabled(true);
            return t;
        }
        return null;
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
