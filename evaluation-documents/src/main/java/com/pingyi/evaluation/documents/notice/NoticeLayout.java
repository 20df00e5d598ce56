package com.pingyi.evaluation.documents.notice;

import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.notice.Notice;
import com.pingyi.evaluation.domain.notice.NoticeComposer;
import java.util.ArrayList;
import java.util.List;

/**
 * The notice as the seed lays it out, block by block, shared by the DOCX and the HTML so that both say
 * the same thing: title, addressee, body, findings under their headings, the attachment's name, signature
 * and date, then the attachment on a page of its own. The words around the figures are fixed; the figures,
 * names and sentences are the notice's, as the domain composed them.
 */
final class NoticeLayout {

    /** How a block is set: the DOCX and the HTML each map a kind to a style. */
    enum Kind { TITLE, ADDRESSEE, BODY, HEADING, SIGNATURE, DATE, ATTACHMENT_LABEL, ATTACHMENT_TITLE, ATTACHMENT_HEADING, ATTACHMENT_LIST }

    /** One paragraph; {@code newPage} starts it on a new page (the attachment). */
    record Block(Kind kind, String text, boolean newPage) {
        Block(Kind kind, String text) {
            this(kind, text, false);
        }
    }

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private NoticeLayout() {
    }

    static List<Block> blocks(Notice notice) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(Kind.TITLE, notice.title()));
        blocks.add(new Block(Kind.ADDRESSEE, notice.addressee() + "："));
        blocks.add(new Block(Kind.BODY, "根据《" + notice.basisDocumentTitle() + "》(" + notice.basisDocumentNumber() + ")，采用"
                + notice.methodsText() + "等方式开展了本次评议。此次评议的重点是" + notice.dimensionsText() + "等方面的情况。"));
        blocks.add(new Block(Kind.BODY, bandsAndResults(notice)));
        int section = 0;
        for (FindingKind kind : NoticeComposer.sectionOrder()) {
            List<Notice.NoticeFinding> findings = notice.findings(kind);
            if (findings.isEmpty()) {
                continue;
            }
            blocks.add(new Block(Kind.HEADING, numeral(section++) + "、" + kind.officialHeading()));
            for (int k = 0; k < findings.size(); k++) {
                // The seed numbers the achievements （一）（二）…; problems and requirements number themselves in their text.
                String prefix = kind == FindingKind.ACHIEVEMENT && findings.size() > 1 ? "（" + numeral(k) + "）" : "";
                blocks.add(new Block(Kind.BODY, prefix + findings.get(k).text()));
            }
        }
        boolean attachment = !notice.attachment().sections().isEmpty();
        if (attachment) {
            blocks.add(new Block(Kind.BODY, "附件：" + notice.attachment().title()));
        }
        blocks.add(new Block(Kind.SIGNATURE, notice.issuer()));
        blocks.add(new Block(Kind.DATE, notice.dateText()));
        if (attachment) {
            blocks.add(new Block(Kind.ATTACHMENT_LABEL, "附件", true));
            blocks.add(new Block(Kind.ATTACHMENT_TITLE, notice.attachment().title()));
            for (Notice.AttachmentSection s : notice.attachment().sections()) {
                blocks.add(new Block(Kind.ATTACHMENT_HEADING, s.heading()));
                blocks.add(new Block(Kind.ATTACHMENT_LIST, String.join("、", s.unitNames())));
            }
        }
        return blocks;
    }

    /**
     * The bands and the summary sentences in one paragraph, as the seed words them: the first sentence
     * says 确定, the others continue it after a comma. The intervals are written without gaps (the seed's
     * "80%-89%" leaves 89.5% nowhere; the domain's scale never does).
     */
    static String bandsAndResults(Notice notice) {
        List<String> bands = new ArrayList<>();
        for (Notice.BandDefinition b : notice.bandDefinitions()) {
            bands.add("得分率在" + interval(b.interval()) + "的定为“" + b.label() + "单位”");
        }
        StringBuilder text = new StringBuilder("经研究，明确本次测评结果按测评得分率分为" + count(bands.size()) + "档："
                + String.join("，", bands) + "。");
        List<Notice.SummarySentence> sentences = notice.summarySentences();
        if (!sentences.isEmpty()) {
            text.append("据此，");
            for (int k = 0; k < sentences.size(); k++) {
                String sentence = sentences.get(k).text();
                if (k > 0) {
                    text.append("，");
                    sentence = sentence.startsWith("确定") ? sentence.substring("确定".length()) : sentence;
                }
                text.append(sentence);
            }
            text.append("（具体名单见附件）。");
        }
        return text.toString();
    }

    /** "[90, 100]" → 90%以上; "[80, 90)" → 80%（含）至90%（不含）之间; "[0, 60)" → 60%以下. */
    static String interval(String interval) {
        boolean lowerIn = interval.startsWith("[");
        boolean upperIn = interval.endsWith("]");
        String[] bounds = interval.substring(1, interval.length() - 1).split(",\\s*");
        String lower = bounds[0];
        String upper = bounds[1];
        if (upper.equals("100")) {
            return lower + "%" + (lowerIn ? "（含）" : "") + "以上";
        }
        if (lower.equals("0")) {
            return upper + "%" + (upperIn ? "（含）" : "") + "以下";
        }
        return lower + "%" + (lowerIn ? "（含）" : "（不含）") + "至" + upper + "%" + (upperIn ? "（含）" : "（不含）") + "之间";
    }

    private static String count(int n) {
        return n <= NUMERALS.length ? NUMERALS[n - 1] : Integer.toString(n);
    }

    private static String numeral(int index) {
        return index < NUMERALS.length ? NUMERALS[index] : Integer.toString(index + 1);
    }
}
