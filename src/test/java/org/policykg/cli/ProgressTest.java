package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void redrawsOneLineOnATerminalAndEndsIt() {
        try (Progress p = new Progress(err, "extract", 5, true)) {
            for (int i = 1; i <= 5; i++) {
                p.step("file-" + i + ".txt");
            }
        }
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown.split("\r", -1)).hasSize(6);
        assertThat(shown).contains("extract 1/5 (20%) file-1.txt").endsWith("extract 5/5 (100%) file-5.txt\n");
    }

    @Test
    void staysSilentWhenNotOnATerminalOrForAShortBatch() {
        try (Progress p = new Progress(err, "extract", 50, false)) {
            p.step("a.txt");
        }
        try (Progress p = new Progress(err, "extract", Progress.MIN_ITEMS - 1, true)) {
            p.step("a.txt");
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
