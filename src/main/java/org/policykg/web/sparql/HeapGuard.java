package org.policykg.web.sparql;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.management.NotificationEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one query from exhausting the heap that every request shares. When the old generation is
 * still more than {@link #FULL} full after a collection (the data that is really live), the caches
 * registered with {@link #relief} are emptied first and the heap collected again; only if it is
 * still that full is the running query or read that has allocated the most since it started stopped
 * ({@link Watchdog}), answering 503, before the next allocation fails somewhere else. An {@link OutOfMemoryError} that
 * still happens is remembered: {@code /health} answers 503 from then on, as the process may be in a
 * broken state (-XX:+ExitOnOutOfMemoryError lets a supervisor restart it instead).
 */
public final class HeapGuard {
    private static final Logger log = LoggerFactory.getLogger(HeapGuard.class);

    /** The share of the old generation, live after a collection, at which the largest query is stopped. */
    static final double FULL = 0.8;

    /** Work that allocated less than this is not the one filling the heap: it is left alone. */
    private static final long MIN_BYTES = 8L << 20;

    /** Within this time of emptying the caches, they are not emptied again: the heap is full of queries. */
    private static final Duration RELIEF_INTERVAL = Duration.ofSeconds(2);

    /** What frees memory without stopping anyone: each owner's caches, held weakly (a closed server's go). */
    private static final Map<Object, Consumer<Object>> RELIEFS = Collections.synchronizedMap(new WeakHashMap<>());

    private static volatile Instant outOfMemory;
    private static boolean installed;
    private static long lastRelief = Long.MIN_VALUE;

    private HeapGuard() {}

    /** Watches the old generation's pool; once per JVM. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        MemoryPoolMXBean[] old = {null};
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            // the pool that outlives young collections: "Tenured Gen" (Serial), "G1 Old Gen", "PS Old Gen"
            if (pool.getType() == MemoryType.HEAP
                    && pool.isCollectionUsageThresholdSupported()
                    && pool.getUsage().getMax() > 0
                    && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                pool.setCollectionUsageThreshold((long) (pool.getUsage().getMax() * FULL));
                old[0] = pool;
                log.debug("Heap guard on {}: {} MB", pool.getName(), pool.getCollectionUsageThreshold() >> 20);
            }
        }
        NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        emitter.addNotificationListener(
                (notification, handback) -> {
                    if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                        MemoryPoolMXBean pool = old[0];
                        onFull(
                                HeapGuard::relieve,
                                System::gc,
                                () -> pool == null || pool.getUsage().getUsed() >= pool.getCollectionUsageThreshold(),
                                () -> Watchdog.stopLargest(MIN_BYTES));
                    }
                },
                null,
                null);
    }

    /**
     * Registers caches that the guard empties before it stops a query; held only as long as
     * {@code owner} is reachable otherwise.
     */
    public static <T> void relief(T owner, Consumer<T> empty) {
        @SuppressWarnings("unchecked")
        Consumer<Object> any = o -> empty.accept((T) o);
        RELIEFS.put(owner, any);
    }

    /**
     * The old generation stayed full after a collection: empty the caches and collect (at most every
     * {@link #RELIEF_INTERVAL}), and stop the largest query only if it is still full.
     *
     * @return whether a query was stopped
     */
    static synchronized boolean onFull(
            Runnable relieve, Runnable collect, BooleanSupplier stillFull, BooleanSupplier stopLargest) {
        long now = System.nanoTime();
        if (lastRelief == Long.MIN_VALUE || now - lastRelief > RELIEF_INTERVAL.toNanos()) {
            lastRelief = now;
            relieve.run();
            collect.run();
            if (!stillFull.getAsBoolean()) {
                log.info("The heap was more than {}% full after a collection: the caches were emptied", percent());
                return false;
            }
        }
        if (stopLargest.getAsBoolean()) {
            log.warn(
                    "The heap is more than {}% full after a collection, the caches empty: the largest running"
                            + " query was stopped",
                    percent());
            return true;
        }
        return false;
    }

    /** For tests: the caches may be emptied again at once. */
    static synchronized void resetRelief() {
        lastRelief = Long.MIN_VALUE;
    }

    private static void relieve() {
        List<Map.Entry<Object, Consumer<Object>>> all;
        synchronized (RELIEFS) {
            all = new ArrayList<>(RELIEFS.entrySet());
        }
        all.forEach(e -> e.getValue().accept(e.getKey()));
    }

    private static long percent() {
        return Math.round(FULL * 100);
    }

    /** Remembers that the heap ran out, for {@code /health}. */
    public static void outOfMemory(OutOfMemoryError e) {
        if (outOfMemory == null) {
            outOfMemory = Instant.now();
        }
        log.error("The heap ran out: {}", e.getMessage());
    }

    /** When the heap first ran out; empty while it never did. */
    public static Optional<Instant> outOfMemorySince() {
        return Optional.ofNullable(outOfMemory);
    }
}
