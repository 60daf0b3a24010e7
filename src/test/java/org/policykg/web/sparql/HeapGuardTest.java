package org.policykg.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HeapGuardTest {
    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void emptiedLongAgo() {
        HeapGuard.resetRelief();
    }

    @Test
    void theCachesGoBeforeAnyQuery() {
        boolean stopped = guard(false);
        assertThat(stopped).isFalse();
        assertThat(steps).containsExactly("empty caches", "collect", "still full?");
    }

    @Test
    void theLargestQueryIsStoppedOnlyIfTheHeapIsStillFull() {
        boolean stopped = guard(true);
        assertThat(stopped).isTrue();
        assertThat(steps).containsExactly("empty caches", "collect", "still full?", "stop largest");
        steps.clear();
        // just emptied: a second alarm at once goes straight to the queries
        assertThat(guard(true)).isTrue();
        assertThat(steps).containsExactly("stop largest");
    }

    private boolean guard(boolean stillFull) {
        return HeapGuard.onFull(
                () -> steps.add("empty caches"),
                () -> steps.add("collect"),
                () -> steps.add("still full?") && stillFull,
                () -> steps.add("stop largest"));
    }
}
