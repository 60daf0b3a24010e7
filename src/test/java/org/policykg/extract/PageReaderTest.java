package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.policykg.TestData;

class PageReaderTest {
    private final PageReader reader = new PageReader();

    @Test
    void readsTheEssaysMetadataFromItsCiteThisPageBlock() {
        Metadata md = reader.read(TestData.read(TestData.ESSAY)).metadata();
        assertThat(md.title()).isEqualTo("Modernizing the National Security System and Capacity");
        assertThat(md.originalTitle()).isEqualTo("推进国家安全体系和能力现代化");
        assertThat(md.authorName()).isEqualTo("Guo Shengkun");
        assertThat(md.authorNameZh()).isEqualTo("郭声琨");
        assertThat(md.issued()).isEqualTo(LocalDate.of(2022, 11, 24));
        assertThat(md.translationPublished()).isEqualTo(Year.of(2023));
        assertThat(md.publisher()).isEqualTo("Interpret: China");
        assertThat(md.sourceUrl())
                .isEqualTo(
                        "https://interpret.csis.org/translations/modernizing-the-national-security-system-and-capacity/");
        assertThat(md.abstractText()).startsWith("Guo Shengkun, a former State Councilor");
    }

    @Test
    void leavesThePageChromeOutOfTheBody() {
        SourceText src = TestData.read(TestData.ESSAY);
        String body = reader.read(src).body().of(src.text());
        assertThat(body)
                .startsWith("General Secretary Xi Jinping’s report at the 20th National Congress")
                .endsWith("everyone shares the benefits.")
                .doesNotContain(
                        "Return to the Library", "FacebookTwitter", "Cite This Page", "To top", "See an error?");
    }

    @Test
    void takesAPlainTextWholeAndInventsNoMetadata() {
        String text = "We must adhere to the Overall National Security Outlook.\n\nFood security is the foundation.\n";
        Page page = reader.read(new SourceText("plain", null, text));
        assertThat(page.body().of(text)).isEqualTo(text.strip());
        assertThat(page.metadata()).isEqualTo(Metadata.EMPTY);
    }

    @Test
    void takesATitleLineButNoDatesOrAuthorsFromAPageWithoutCitation() {
        SourceText src = TestData.read(TestData.REGISTER_SAMPLE);
        Page page = reader.read(src);
        assertThat(page.metadata().title())
                .isEqualTo("Strengthen the Security of Food, Energy and Resources in the New Era");
        assertThat(page.metadata().authorName()).isNull();
        assertThat(page.metadata().issued()).isNull();
        assertThat(page.body().of(src.text())).startsWith("Since the 18th National Congress");
    }

    @Test
    void readsACitationWithoutAnOriginalTitleOrChineseName() {
        Metadata md = PageReader.parseCitation(
                "Wang Huning (2021). \"Some Title\". Qiushi, Original work published March 3, 2021, https://example.org/a");
        assertThat(md.authorName()).isEqualTo("Wang Huning");
        assertThat(md.authorNameZh()).isNull();
        assertThat(md.title()).isEqualTo("Some Title");
        assertThat(md.originalTitle()).isNull();
        assertThat(md.publisher()).isEqualTo("Qiushi");
        assertThat(md.issued()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(md.sourceUrl()).isEqualTo("https://example.org/a");
    }

    @Test
    void aChinesePartHeadingOnTheFirstLineIsBodyNotTitle() {
        String text = "三、加强安全能力建设，维护社会稳定\n\n\n各地要统筹发展和安全。\n";
        Page page = reader.read(new SourceText("t", null, text));
        assertThat(page.metadata().title()).isNull();
        assertThat(page.body().start()).isZero();
        String law = "第二章 职责\n\n第五条 国家建立安全制度。\n";
        assertThat(reader.read(new SourceText("t", null, law)).body().start()).isZero();
    }
}
