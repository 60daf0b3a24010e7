package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.TestData;
import org.policykg.extract.Structure.Section;
import org.policykg.extract.Structure.Section.Kind;

class SegmenterTest {
    private static Structure segment(SourceText src) {
        return new Segmenter().segment(new PageReader().read(src));
    }

    @Test
    void findsTheEssaysThreePartsAndTheirNumberedItemsInOrder() {
        Structure s = segment(TestData.read(TestData.ESSAY));
        List<Section> parts =
                s.sections().stream().filter(x -> x.kind() == Kind.PART).toList();
        assertThat(parts).extracting(Section::marker).containsExactly("I", "II", "III");
        assertThat(parts).extracting(Section::number).containsExactly(1, 2, 3);
        assertThat(parts.get(1).heading())
                .isEqualTo(
                        "Accurately grasp the general requirements for modernizing the national security system and capacity");
        for (int p = 0; p < 3; p++) {
            Section part = parts.get(p);
            List<Integer> items = s.sections().stream()
                    .filter(x -> x.parent() == part)
                    .map(Section::number)
                    .toList();
            assertThat(items)
                    .as("items of part %s", part.marker())
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(
                                    1, List.of(3, 12, 4).get(p))
                            .boxed()
                            .toList());
        }
        Section item3 = s.sections().stream()
                .filter(x -> x.kind() == Kind.ITEM && x.parent() == parts.get(1) && x.number() == 3)
                .findFirst()
                .orElseThrow();
        assertThat(item3.heading()).isEqualTo("Treating political security as fundamental");
        assertThat(s.sections().get(0).kind()).isEqualTo(Kind.PREAMBLE);
    }

    @Test
    void sectionsNestAndSentencesLieInsideTheirParagraphs() {
        Structure s = segment(TestData.read(TestData.ESSAY));
        for (Section section : s.sections()) {
            if (section.parent() != null) {
                assertThat(section.parent().span().contains(section.span())).isTrue();
            }
        }
        assertThat(s.sentences())
                .allSatisfy(
                        x -> assertThat(x.paragraph().span().contains(x.span())).isTrue());
        assertThat(s.sentences()).hasSizeGreaterThan(200);
    }

    @Test
    void aTextWithoutHeadingsIsOneBodySection() {
        String text = "National security is the foundation. We must adhere to the Party's leadership.";
        Structure s = segment(new SourceText("t", null, text));
        assertThat(s.sections()).extracting(Section::kind).containsExactly(Kind.BODY);
        assertThat(s.sentences()).hasSize(2);
    }

    @Test
    void aTextWithoutSentencePunctuationIsCutIntoBoundedSentencesAtSpaces() {
        String words = "the county committees must keep the granaries full and the roads open in every season ";
        String text = words.repeat(200).strip();
        Structure s = segment(new SourceText("t", null, text));
        assertThat(s.sentences()).hasSizeGreaterThan(1);
        assertThat(s.sentences()).allSatisfy(x -> {
            assertThat(x.span().length()).isLessThanOrEqualTo(Segmenter.MAX_SENTENCE);
            assertThat(x.span().end() == text.length() || text.charAt(x.span().end()) == ' ')
                    .isTrue();
        });
        assertThat(s.sentences().get(s.sentences().size() - 1).span().end()).isEqualTo(text.length());
    }

    @Test
    void chineseSentencesEndAtFullStopsExclamationsQuestionsAndSemicolons() {
        String text = "各地要守住粮食安全底线；要稳住能源供应。要防范风险！怎样做到？要靠改革;也要靠法治。";
        Structure s = segment(new SourceText("t", null, text));
        assertThat(s.sentences())
                .extracting(x -> x.span().of(text))
                .containsExactly("各地要守住粮食安全底线；", "要稳住能源供应。", "要防范风险！", "怎样做到？", "要靠改革;", "也要靠法治。");
    }

    @Test
    void anEnglishSemicolonJoinsClausesOfOneSentence() {
        String text = "Food security is the foundation; energy security is the guarantee.";
        assertThat(segment(new SourceText("t", null, text)).sentences()).hasSize(1);
    }

    @Test
    void chineseReportHeadingsArePartsAndItems() {
        String text = "关于加强安全工作的意见\n\n一、总体要求\n各地要统筹发展和安全。\n（一）指导思想。坚持稳中求进；强化底线思维。\n"
                + "（二）工作原则。坚持人民至上！\n二、重点任务\n1. 健全风险防控体系。\n2、完善应急管理体系。\n";
        Structure s = segment(new SourceText("t", null, text));
        List<Section> parts =
                s.sections().stream().filter(x -> x.kind() == Kind.PART).toList();
        assertThat(parts).extracting(Section::marker).containsExactly("一、", "二、");
        assertThat(parts).extracting(Section::number).containsExactly(1, 2);
        assertThat(parts.get(0).heading()).isEqualTo("总体要求");
        List<Section> items =
                s.sections().stream().filter(x -> x.kind() == Kind.ITEM).toList();
        assertThat(items).extracting(Section::marker).containsExactly("（一）", "（二）", "1.", "2、");
        assertThat(items).extracting(Section::number).containsExactly(1, 2, 1, 2);
        assertThat(items).extracting(x -> x.parent().marker()).containsExactly("一、", "一、", "二、", "二、");
        assertThat(items.get(0).heading()).isEqualTo("指导思想");
        // sentences end at 。！？ and ；
        assertThat(s.sentences()).extracting(x -> x.span().of(text)).contains("坚持稳中求进；", "强化底线思维。", "坚持人民至上！");
    }

    @Test
    void aLawsChaptersArePartsAndItsArticlesItemsWhoseListsStayParagraphs() {
        String text = "中华人民共和国安全法\n\n## 第一章 总 则\n\n第一条 为了维护安全，制定本法。\n\n第二条 安全工作包括：\n"
                + "（一）防范风险；\n（二）应对事件。\n\n## 第二章 职责\n\n第十二条 国家建立安全制度。\n";
        Structure s = segment(new SourceText("t", null, text));
        List<Section> parts =
                s.sections().stream().filter(x -> x.kind() == Kind.PART).toList();
        assertThat(parts).extracting(Section::marker).containsExactly("第一章", "第二章");
        assertThat(parts).extracting(Section::heading).containsExactly("总 则", "职责");
        List<Section> items =
                s.sections().stream().filter(x -> x.kind() == Kind.ITEM).toList();
        assertThat(items).extracting(Section::marker).containsExactly("第一条", "第二条", "第十二条");
        assertThat(items).extracting(Section::number).containsExactly(1, 2, 12);
        assertThat(items.get(1).span().of(text)).contains("（二）应对事件。");
    }
}
