package org.policykg.extract;

import java.util.Map;

/**
 * Traditional Han characters and their Simplified forms ({@code traditional-simplified.tsv}, generated
 * from ICU4J's Traditional-Simplified transliterator), as a table over the BMP's Han blocks: folding a
 * character is one array read, and a Traditional text is matched as its Simplified form with its
 * offsets unchanged. ICU's transliterator itself converts phrases, not characters one for one, and
 * takes seconds to load, which every extraction would pay.
 */
final class SimplifiedChars {
    private static final char FIRST = '\u3400';
    private static final char LAST = '\u9FFF';
    private static final char[] SIMPLIFIED = table();

    private SimplifiedChars() {}

    /** Whether {@code c} lies in the table's range (a Han character of the BMP's main blocks). */
    static boolean covers(char c) {
        return c >= FIRST && c <= LAST;
    }

    /** The Simplified form of a character the table covers; the character itself when it has none. */
    static char of(char c) {
        return SIMPLIFIED[c - FIRST];
    }

    private static char[] table() {
        char[] table = new char[LAST - FIRST + 1];
        for (int i = 0; i < table.length; i++) {
            table[i] = (char) (FIRST + i);
        }
        for (Map.Entry<String, String> e :
                WordLists.pairs("traditional-simplified.tsv").entrySet()) {
            table[e.getKey().charAt(0) - FIRST] = e.getValue().charAt(0);
        }
        // a character's Simplified form may itself have one (薴 → 苧 → 苎): folding twice must change nothing
        for (int i = 0; i < table.length; i++) {
            while (covers(table[i]) && table[table[i] - FIRST] != table[i]) {
                table[i] = table[table[i] - FIRST];
            }
        }
        return table;
    }
}
