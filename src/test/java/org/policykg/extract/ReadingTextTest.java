package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.TestData;
import org.policykg.extract.Structure.Section;
import org.policykg.extract.Structure.Section.Kind;

class ReadingTextTest {
    private static final PageReader READER = new PageReader();

    private static Structure segment(String text) {
        return new Segmenter().segment(READER.read(new SourceText("t", null, text)));
    }

    /** The sentences as read: from the reading copy, where the furniture between their halves is blank. */
    private static List<String> sentences(String text) {
        String reading = READER.read(new SourceText("t", null, text)).reading();
        return segment(text).sentences().stream()
                .map(s -> ReadingText.words(s.span().of(reading)))
                .toList();
    }

    static Stream<Path> plainTexts() throws IOException {
        try (Stream<Path> texts = Files.list(Path.of("src", "test", "resources", "texts"))) {
            return Stream.concat(Stream.of(TestData.ESSAY), texts.sorted().toList().stream());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plainTexts")
    void aTextWithOneLinePerParagraphSegmentsAsItsRawLinesDo(Path file) {
        SourceText src = TestData.read(file);
        Page page = READER.read(src);
        assertThat(page.reading()).isEqualTo(src.text());
        // the segmenter on the raw text, as it read every text before there was a reading copy
        Page raw = new Page(src, page.body(), src.text(), page.metadata());
        Structure before = new Segmenter().segment(raw);
        Structure now = new Segmenter().segment(page);
        assertThat(now.sentences())
                .extracting(s -> s.span())
                .isEqualTo(before.sentences().stream().map(s -> s.span()).toList());
        assertThat(now.paragraphs())
                .extracting(p -> p.span())
                .isEqualTo(before.paragraphs().stream().map(p -> p.span()).toList());
    }

    @Test
    void aMarkupCommentLineIsNoSentenceAndTheOffsetsAfterItHold() {
        String text = "# 某某条例\n\n某年某月某日通过\n\n<!-- NOTE END -->\n\n## 第一章 总则\n\n第一条 为了规范某项工作，制定本条例。";
        Page page = READER.read(new SourceText("t", null, text));
        assertThat(page.reading()).hasSameSizeAs(text).doesNotContain("<!--");
        assertThat(sentences(text)).noneMatch(s -> s.contains("<!") || s.contains("-->"));
        int at = text.indexOf("为了规范");
        assertThat(segment(text).sentences())
                .anySatisfy(s -> assertThat(s.span().start()).isEqualTo(at));
    }

    @Test
    void readingCopyKeepsTheLengthAndChangesOnlyLineBreaksAndFurniture() {
        String text = "Treating data security as the\nfoundation of development.\n\n- 2 -\n\nThe end.";
        String reading = READER.read(new SourceText("t", null, text)).reading();
        assertThat(reading).hasSameSizeAs(text);
        for (int i = 0; i < text.length(); i++) {
            if (reading.charAt(i) != text.charAt(i)) {
                assertThat(reading.charAt(i)).as("char %d", i).isEqualTo(' ');
            }
        }
    }

    @Test
    void aSentenceBrokenOverLinesIsOneSentence() {
        String text = "We will persist in treating political security as the\nfoundation of all our work, and"
                + "\nimprove the mechanisms for preventing risks. Grain output must be stable.";
        Structure s = segment(text);
        assertThat(s.paragraphs()).hasSize(1);
        assertThat(s.sentences()).hasSize(2);
        assertThat(s.sentences().get(0).span().of(text))
                .contains("as the\nfoundation")
                .endsWith("risks.");
    }

    @Test
    void aSentenceReadAcrossALineBreakGivesItsRole() {
        String text = "We will persist in treating political security as the\nfoundation of all our work.";
        var graph = TestData.PIPELINE.run(new SourceText("wrapped", null, text), Metadata.EMPTY);
        var doc = TestData.PIPELINE.extractor().extract(new SourceText("wrapped", null, text), Metadata.EMPTY);
        assertThat(graph.model().size()).isPositive();
        assertThat(doc.findings())
                .filteredOn(f -> f instanceof Finding.Role)
                .extracting(f -> ((Finding.Role) f).role())
                .anyMatch(r -> r.endsWith("foundation"));
    }

    @Test
    void aHeadingLineBeforeAWrappedParagraphStaysItsOwnParagraph() {
        String text = String.join(
                "\n",
                "Guarding the Security of Grain Supplies",
                "The provinces must keep the area sown to grain stable and",
                "raise yields through better seed, better water works and",
                "better machines, so that the granaries remain full in every",
                "year, whatever the weather brings to the northern plain.",
                "Farmland Protection",
                "We will hold to the red line for farmland and punish every",
                "unlawful occupation of good fields by towns and factories.");
        Structure s = segment(text);
        assertThat(s.paragraphs())
                .extracting(p -> ReadingText.words(p.span().of(text)))
                .containsExactly(
                        "Guarding the Security of Grain Supplies",
                        "The provinces must keep the area sown to grain stable and raise yields through better"
                                + " seed, better water works and better machines, so that the granaries remain full"
                                + " in every year, whatever the weather brings to the northern plain.",
                        "Farmland Protection",
                        "We will hold to the red line for farmland and punish every unlawful occupation of good"
                                + " fields by towns and factories.");
    }

    @Test
    void numberedItemLinesStayItems() {
        String text = String.join(
                "\n",
                "II. Tasks for the coming period of reform and development",
                "(1) Improve the system for guaranteeing the supply of",
                "energy and of the resources that industry depends on.",
                "(2) Strengthen the protection of farmland and of the water",
                "that farmland needs in every season of the year.",
                "(3) Treat ecological security as a guarantee of all the",
                "work described in this part.");
        Structure s = segment(text);
        assertThat(s.sections())
                .filteredOn(x -> x.kind() == Kind.ITEM)
                .extracting(Section::number)
                .containsExactly(1, 2, 3);
        assertThat(s.sections())
                .filteredOn(x -> x.kind() == Kind.ITEM)
                .extracting(Section::heading)
                .contains("Treat ecological security as a guarantee of all the work described in this part");
        assertThat(s.paragraphs()).hasSize(4);
    }

    @Test
    void aPageNumberAndARunningHeadBetweenTwoHalvesOfASentenceDisappear() {
        String head = "Notes on Rural Revitalisation";
        String text = String.join(
                "\n",
                "The county committees must take the revitalisation of the",
                "villages as a task of the whole Party, and the townships",
                "",
                "- 1 -",
                "",
                head,
                "",
                "must give it the same weight as the growth of the towns. The",
                "cadres sent to the villages must stay for three years, and",
                "",
                "2",
                "",
                head,
                "",
                "their work is judged by what the villagers say.",
                "",
                "3",
                "",
                head,
                "",
                "Roads, water and schools come first in every village.");
        Structure s = segment(text);
        List<String> read = sentences(text);
        assertThat(read)
                .containsExactly(
                        "The county committees must take the revitalisation of the villages as a task of the whole"
                                + " Party, and the townships must give it the same weight as the growth of the towns.",
                        "The cadres sent to the villages must stay for three years, and their work is judged"
                                + " by what the villagers say.",
                        "Roads, water and schools come first in every village.");
        assertThat(s.paragraphs()).hasSize(2);
    }

    @Test
    void chineseWrappedLinesJoinIntoOneSentence() {
        String text = String.join(
                "\n",
                "一、总体要求",
                "各地区各部门要坚持以生态安全为基础，统筹发展和安全，把",
                "保障粮食供给放在突出位置，切实做好耕地保护和水利建设，",
                "确保农业生产稳定。要加强对基层干部的培训，提高其服务群",
                "众的能力。");
        Structure s = segment(text);
        assertThat(s.paragraphs()).hasSize(2);
        assertThat(s.sentences()).hasSize(3);
        assertThat(s.sentences().get(1).span().of(text)).startsWith("各地区").endsWith("稳定。");
        assertThat(s.sentences().get(2).span().of(text)).startsWith("要加强").endsWith("能力。");
    }
}
