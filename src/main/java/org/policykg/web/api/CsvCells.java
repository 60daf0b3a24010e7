package org.policykg.web.api;

/**
 * Cells of the CSV the API writes from document text (titles, labels), made safe to open in a
 * spreadsheet: a cell beginning with {@code = + - @}, a tab or a carriage return would be read as
 * a formula there (CSV injection), so it is prefixed with a single quote, as OWASP advises; then
 * quoted as RFC 4180 asks where it holds a comma, a quote or a line break.
 */
public final class CsvCells {
    private CsvCells() {}

    /** The value as one field of a record. */
    public static String field(String value) {
        String v = guarded(value);
        return needsQuotes(v) ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** The value with a leading quote when a spreadsheet would read it as a formula. */
    static String guarded(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return formula ? "'" + value : value;
    }

    private static boolean needsQuotes(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
