package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.TestData;

/**
 * The pipeline never throws on odd text: random strings built from the register's pieces (quotes,
 * markers, headings, role phrases, emoji, no-break spaces) and mutated copies of the essay all come
 * out as SHACL-valid graphs. Seeded, so a failure names a case that can be replayed. (It found a
 * section IRI shared by two parts with the same number, and a role phrase read past its sentence.)
 */
class ArbitraryTextTest {
    private static final String[] PIECES = {
        "“",
        "”",
        "\"",
        "’",
        "(1) ",
        "II. ",
        "\n",
        "\n\n",
        " is the foundation of ",
        "Treating ",
        " as ",
        "must ",
        "since the 18th Party Congress",
        "98.62 percent",
        "Adhere to ",
        "This is the ",
        ", and ",
        "; ",
        ". ",
        "security",
        "the Party Central Committee",
        "😀",
        "\u00a0",
        "by 2035",
        "overall planning for ",
        " and ",
        "Cite This Page\n\n",
        "FacebookTwitter\n\n",
        "x"
    };
    private static final String ESSAY = TestData.read(TestData.ESSAY).text();

    static Stream<Integer> cases() {
        return IntStream.range(0, 150).boxed();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void extractsAnyTextIntoAValidGraph(int seed) {
        String text = seed % 2 == 0 ? randomText(new Random(seed)) : mutatedEssay(new Random(seed));
        assertThatCode(() -> TestData.PIPELINE.run(new SourceText("case" + seed, null, text), Metadata.EMPTY))
                .as("case %d", seed)
                .doesNotThrowAnyException();
    }

    private static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(60); k > 0; k--) {
            sb.append(
                    r.nextInt(4) == 0
                            ? String.valueOf((char) (r.nextInt(0x3000) + 1))
                            : PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static String mutatedEssay(Random r) {
        StringBuilder sb = new StringBuilder(ESSAY);
        for (int k = 0; k < 20; k++) {
            int at = r.nextInt(sb.length());
            sb.delete(at, Math.min(sb.length(), at + r.nextInt(200)));
            if (r.nextBoolean()) {
                sb.insert(r.nextInt(sb.length() + 1), PIECES[r.nextInt(PIECES.length)]);
            }
        }
        return sb.toString();
    }
}
