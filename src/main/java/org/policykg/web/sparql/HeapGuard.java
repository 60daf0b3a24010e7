package org.policykg.web.sparql;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.Optional;
import javax.management.NotificationEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one query from exhausting the heap that every request shares. When the old generation is
 * still more than {@link #FULL} full after a collection (the data that is really live), the running
 * query or read that has allocated the most since it started is stopped ({@link Watchdog}), and
 * answers 503, before the next allocation fails somewhere else. An {@link OutOfMemoryError} that
 * still happens is remembered: {@code /health} answers 503 from then on, as the process may be in a
 * broken state (-XX:+ExitOnOutOfMemoryError lets a supervisor restart it instead).
 */
public final class HeapGuard {
    private static final Logger log = LoggerFactory.getLogger(HeapGuard.class);

    /** The share of the old generation, live after a collection, at which the largest query is stopped. */
    static final double FULL = 0.8;

    /** Work that allocated less than this is not the one filling the heap: it is left alone. */
    private static final long MIN_BYTES = 8L << 20;

    private static volatile Instant outOfMemory;
    private static boolean installed;

    private HeapGuard() {}

    /** Watches the old generation's pool; once per JVM. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            // the pool that outlives young collections: "Tenured Gen" (Serial), "G1 Old Gen", "PS Old Gen"
            if (pool.getType() == MemoryType.HEAP
                    && pool.isCollectionUsageThresholdSupported()
                    && pool.getUsage().getMax() > 0
                    && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                pool.setCollectionUsageThreshold((long) (pool.getUsage().getMax() * FULL));
                log.debug("Heap guard on {}: {} MB", pool.getName(), pool.getCollectionUsageThreshold() >> 20);
            }
        }
        NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        emitter.addNotificationListener(
                (notification, handback) -> {
                    if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())
                            && Watchdog.stopLargest(MIN_BYTES)) {
                        log.warn(
                                "The heap is more than {}% full after a collection: the largest running query was"
                                        + " stopped",
                                Math.round(FULL * 100));
                    }
                },
                null,
                null);
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
