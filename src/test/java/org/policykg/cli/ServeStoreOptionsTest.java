package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code serve --store}: options that do not fit together are a usage error (exit 2) before anything starts. */
class ServeStoreOptionsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--store sparql|--store sparql needs --query-url URL and --update-url URL",
                "--store sparql --query-url http://127.0.0.1:1/q|needs --query-url URL and --update-url URL",
                "--store sparql --update-url http://127.0.0.1:1/u|needs --query-url URL and --update-url URL",
                "--store sparql --memory --query-url http://127.0.0.1:1/q --update-url http://127.0.0.1:1/u|"
                        + "--data and --memory are for --store tdb2",
                "--store sparql --query-url file:///etc/passwd --update-url http://127.0.0.1:1/u|must be an http(s) URL",
                "--memory --query-url http://127.0.0.1:1/q|need --store sparql",
                "--store neo4j|Invalid value for option '--store'"
            })
    void refusesOptionsThatDoNotFit(String args, String message) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true));
        String[] argv = ("serve --port 0 " + args).split(" ");
        assertThat(cl.execute(argv)).isEqualTo(2);
        assertThat(err.toString()).contains(message).contains("Usage: policy-kg serve");
    }
}
