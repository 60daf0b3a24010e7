package org.policykg.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExampleQueriesTest {
    @Test
    void offersEveryQueryFileWithTheQuestionOfItsOpeningComment() throws IOException {
        long files;
        try (Stream<Path> list = Files.list(Path.of("queries"))) {
            files = list.filter(p -> p.toString().endsWith(".rq")).count();
        }
        ExampleQueries examples = ExampleQueries.load();
        assertThat(examples.examples()).hasSize((int) files);
        assertThat(examples.examples()).allSatisfy(e -> {
            assertThat(e.question()).hasSizeGreaterThan(20).doesNotStartWith("#");
            assertThat(e.query()).contains("SELECT");
        });
    }

    @Test
    void joinsACommentOfSeveralLinesIntoOneQuestion() {
        assertThat(ExampleQueries.question("# Which roles\n# does it assign?\nPREFIX x: <y>\n# not this\n"))
                .isEqualTo("Which roles does it assign?");
    }
}
