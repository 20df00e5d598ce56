package com.pingyi.evaluation.documents.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The notice as an official document (党政机关公文格式, GB/T 9704): A4 with its margins (top 37 mm, bottom
 * 35 mm, left 28 mm, right 26 mm), the title in 小标宋 22 pt, headings in 黑体, the body in 仿宋 16 pt on a
 * fixed 28 pt line with a two-character indent, signature and date on the right, the attachment on a new
 * page. The fonts are set for East Asian text (rFonts eastAsia), where Word looks for Chinese.
 */
final class NoticeDocx {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING_FONT = "黑体";
    static final String BODY_FONT = "仿宋";
    private static final String LATIN_FONT = "Times New Roman";
    private static final int BODY_POINTS = 16;
    private static final int TITLE_POINTS = 22;
    private static final double LINE_POINTS = 28;

    private NoticeDocx() {
    }

    static byte[] render(List<NoticeLayout.Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc);
            for (NoticeLayout.Block block : blocks) {
                paragraph(doc, block);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the notice as DOCX failed", e);
        }
    }

    private static void paragraph(XWPFDocument doc, NoticeLayout.Block block) {
        XWPFParagraph p = doc.createParagraph();
        p.setPageBreak(block.newPage());
        p.setSpacingBetween(LINE_POINTS, LineSpacingRule.EXACT);
        String font = BODY_FONT;
        int size = BODY_POINTS;
        switch (block.kind()) {
            case TITLE, ATTACHMENT_TITLE -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                font = TITLE_FONT;
                size = TITLE_POINTS;
                p.setSpacingBetween(36, LineSpacingRule.EXACT);
                p.setSpacingAfter(block.kind() == NoticeLayout.Kind.TITLE ? 560 : 280);
            }
            case ADDRESSEE -> p.setAlignment(ParagraphAlignment.LEFT);
            case BODY -> {
                p.setAlignment(ParagraphAlignment.BOTH);
                p.setIndentationFirstLine(BODY_POINTS * 2 * 20);
            }
            case HEADING -> {
                p.setIndentationFirstLine(BODY_POINTS * 2 * 20);
                font = HEADING_FONT;
            }
            case SIGNATURE -> {
                p.setAlignment(ParagraphAlignment.RIGHT);
                p.setIndentationRight(BODY_POINTS * 4 * 20);
                p.setSpacingBefore(560);
            }
            case DATE -> {
                p.setAlignment(ParagraphAlignment.RIGHT);
                p.setIndentationRight(BODY_POINTS * 4 * 20);
            }
            case ATTACHMENT_LABEL -> font = HEADING_FONT;
            case ATTACHMENT_HEADING -> {
                font = HEADING_FONT;
                p.setSpacingBefore(280);
            }
            case ATTACHMENT_LIST -> p.setAlignment(ParagraphAlignment.BOTH);
            default -> throw new IllegalStateException("unknown block " + block.kind());
        }
        XWPFRun run = p.createRun();
        run.setText(block.text());
        run.setFontSize(size);
        fonts(run, font);
    }

    /** Latin text in Times New Roman, Chinese in the document's font: Word picks the font per script. */
    private static void fonts(XWPFRun run, String eastAsia) {
        CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(eastAsia);
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(millimetres(37)));
        margins.setBottom(BigInteger.valueOf(millimetres(35)));
        margins.setLeft(BigInteger.valueOf(millimetres(28)));
        margins.setRight(BigInteger.valueOf(millimetres(26)));
    }

    /** Twentieths of a point, Word's unit for page geometry. */
    static long millimetres(int mm) {
        return Math.round(mm * 1440 / 25.4);
    }
}
