package org.policykg.extract;

import java.util.Arrays;

/**
 * Where the lines of a text start, found by a binary search: a rule asking for the line of each sentence
 * of a long paragraph scanned back to its start every time, quadratic in the paragraph's length.
 */
final class LineIndex {
    private final int[] starts;

    LineIndex(String text) {
        int[] found = new int[16];
        int n = 1; // found[0] = 0: the first line starts the text
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = i + 1;
        }
        starts = Arrays.copyOf(found, n);
    }

    /** The start of the line holding {@code at}: just after the last line break before it. */
    int startOf(int at) {
        int i = Arrays.binarySearch(starts, at);
        return i >= 0 ? starts[i] : starts[-i - 2];
    }
}
