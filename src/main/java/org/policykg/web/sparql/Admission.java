package org.policykg.web.sparql;

import io.javalin.http.Context;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.policykg.web.HttpProblem;

/**
 * How many queries run at once: a query takes one of the slots, waiting a short while for one; a
 * short queue smooths bursts, and beyond it the query is refused rather than every client waiting
 * longer. The reads of the API, Linked Data and dumps take the same slots ({@code ReadLimits}).
 */
public final class Admission {
    /** A slot held by one query, given back when closed. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore slots;
    private final int maxConcurrent;
    private final long queueWaitMillis;

    Admission(QueryLimits limits) {
        this.maxConcurrent = limits.maxConcurrent();
        this.queueWaitMillis = limits.queueWaitMillis();
        this.slots = new Semaphore(maxConcurrent);
    }

    /** @throws HttpProblem 503 with {@code Retry-After} when no slot frees within the queue wait */
    public Slot enter(Context ctx) {
        if (!acquire()) {
            ctx.header("Retry-After", "5");
            throw HttpProblem.unavailable("The server is already running " + maxConcurrent
                            + " queries, its limit; try again shortly.")
                    .reason("concurrency-cap");
        }
        return slots::release;
    }

    private boolean acquire() {
        try {
            return slots.tryAcquire(queueWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
