package com.pingyi.evaluation.documents.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.port.in.export.NoticeFormat;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.notice.Notice;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The notice laid out as an official document and as a page, read back: structure, fonts, page, escaping. */
class NoticeDocumentAdapterTest {

    static final Notice NOTICE = Shanghai2019DemoRound.published().publications().getLast().notice();

    private final NoticeDocumentAdapter adapter = new NoticeDocumentAdapter();

    @Test
    void the_docx_is_an_a4_official_document_with_the_attachment_on_a_page_of_its_own() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(adapter.render(NOTICE, NoticeFormat.DOCX)))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.getFirst().getText()).isEqualTo(NOTICE.title());
            assertThat(ps.getFirst().getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(eastAsiaFont(ps.getFirst())).isEqualTo("方正小标宋简体");
            assertThat(ps.get(1).getText()).isEqualTo("各区教育局：");
            assertThat(eastAsiaFont(ps.get(2))).isEqualTo("仿宋");
            assertThat(ps.get(2).getRuns().getFirst().getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(ps).filteredOn(p -> p.getText().equals("一、工作成效")).singleElement()
                    .satisfies(p -> assertThat(eastAsiaFont(p)).isEqualTo("黑体"));

            XWPFParagraph date = ps.stream().filter(p -> p.getText().equals("2020年4月16日")).findFirst().orElseThrow();
            assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            XWPFParagraph signature = ps.get(ps.indexOf(date) - 1);
            assertThat(signature.getText()).isEqualTo("上海市教育委员会");
            assertThat(signature.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            XWPFParagraph attachment = ps.get(ps.indexOf(date) + 1);
            assertThat(attachment.getText()).isEqualTo("附件");
            assertThat(attachment.isPageBreak()).isTrue();
            assertThat(ps).filteredOn(XWPFParagraph::isPageBreak).hasSize(1);

            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(sect.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(2098));
            assertThat(sect.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1587));
        }
    }

    @Test
    void the_bands_are_written_without_a_gap_and_the_summary_sentences_as_one_sentence() {
        assertThat(NoticeLayout.interval("[90, 100]")).isEqualTo("90%（含）以上");
        assertThat(NoticeLayout.interval("[80, 90)")).isEqualTo("80%（含）至90%（不含）之间");
        assertThat(NoticeLayout.interval("[0, 60)")).isEqualTo("60%以下");
        assertThat(NoticeLayout.bandsAndResults(NOTICE)).endsWith("据此，确定黄浦区教育局等3家单位为2019年度区教育局政务公开评议工作“优秀单位”，"
                + "金山区教育局等2家单位为2019年度区教育局政务公开评议工作“良好单位”，"
                + "松江区教育局等10家单位为2019年度区教育局政务公开评议工作“合格单位”（具体名单见附件）。");
    }

    @Test
    void the_html_page_stands_alone_and_escapes_every_typed_text() {
        Notice hostile = new Notice("<script>alert('x')</script>通知", "各区 & 各校", NOTICE.basisDocumentNumber(),
                NOTICE.basisDocumentTitle(), NOTICE.methods(), NOTICE.dimensions(), NOTICE.bandDefinitions(),
                NOTICE.summarySentences(), NOTICE.findings(), "\"issuer\"", NOTICE.date(), NOTICE.attachment(), NOTICE.omissions());

        String html = new String(adapter.render(hostile, NoticeFormat.HTML), StandardCharsets.UTF_8);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">", "<meta charset=\"utf-8\">");
        assertThat(html).doesNotContain("<script", "src=", "href=", "@import");
        assertThat(html).contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;通知</h1>", "各区 &amp; 各校：",
                "&quot;issuer&quot;");
        assertThat(html).contains("<section class=\"attachment\">", "<h3>一、优秀单位（3家）</h3>",
                "<p class=\"attachment-list\">黄浦区教育局、杨浦区教育局、闵行区教育局</p>");
    }

    private static String eastAsiaFont(XWPFParagraph p) {
        return p.getRuns().getFirst().getCTR().getRPr().getRFontsArray(0).getEastAsia();
    }
}
