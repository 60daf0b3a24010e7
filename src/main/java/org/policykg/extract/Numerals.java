package org.policykg.extract;

/** Section numbers written as Roman numerals (parts "II.", chapters "Chapter IV"). */
public final class Numerals {
    private Numerals() {}

    /** The value of an upper-case Roman numeral (I to C); 0 for letters that are none. */
    public static int roman(String roman) {
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int v = switch (roman.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
