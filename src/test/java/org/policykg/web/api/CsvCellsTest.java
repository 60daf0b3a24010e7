package org.policykg.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "=HYPERLINK(\"http://example.org\")"})
    void aCellASpreadsheetWouldReadAsAFormulaStartsWithAQuote(String value) {
        String field = CsvCells.field(value);
        String unquoted = field.startsWith("\"") ? field.substring(1, field.length() - 1) : field;
        assertThat(unquoted).startsWith("'");
    }

    @Test
    void otherCellsAreKeptAndQuotedAsRfc4180Says() {
        assertThat(CsvCells.field("2024-05-01")).isEqualTo("2024-05-01");
        assertThat(CsvCells.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvCells.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(CsvCells.field("=A1, B1")).isEqualTo("\"'=A1, B1\"");
        assertThat(CsvCells.field("")).isEmpty();
    }
}
