package com.pingyi.evaluation.domain.notice;

import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.LocalDate;
import java.util.List;

/**
 * The published notice (通知) as a structured model, with the seed's structure: title, addressee,
 * basis and methods, focus dimensions, band definitions, one summary sentence per named band, the
 * findings by kind (工作成效 / 存在问题 / 工作要求) with their computed figures, signature and date,
 * and the attachment listing the named bands in rank order. {@code omissions} says why every other
 * unit of the round is not named.
 */
public record Notice(String title, String addressee, String basisDocumentNumber, String basisDocumentTitle,
        List<String> methods, List<String> dimensions, List<BandDefinition> bandDefinitions,
        List<SummarySentence> summarySentences, List<NoticeFinding> findings, String issuer, LocalDate date,
        Attachment attachment, List<Omission> omissions) {

    public Notice {
        methods = List.copyOf(methods);
        dimensions = List.copyOf(dimensions);
        bandDefinitions = List.copyOf(bandDefinitions);
        summarySentences = List.copyOf(summarySentences);
        findings = List.copyOf(findings);
        omissions = List.copyOf(omissions);
    }

    /** E.g. 2020年4月16日. */
    public String dateText() {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** E.g. 单位自查、资料查阅、专家网上评议和第三方测评. */
    public String methodsText() {
        return NoticeComposer.enumerate(methods);
    }

    /** E.g. 政府信息公开、网上办事与服务、网上互动交流和网站呈现形式. */
    public String dimensionsText() {
        return NoticeComposer.enumerate(dimensions);
    }

    public List<NoticeFinding> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** A band as defined in the notice: its label, interval on the rate in percent, whether it is named. */
    public record BandDefinition(String label, String interval, boolean named) {
    }

    /** E.g. 确定黄浦区教育局等3家单位为2019年度区教育局政务公开评议工作“优秀单位”. */
    public record SummarySentence(String bandLabel, String firstUnit, int count, String text) {
    }

    /** A finding as rendered, with the figures computed from the data. */
    public record NoticeFinding(FindingKind kind, String text, List<Integer> figures) {
        public NoticeFinding {
            figures = List.copyOf(figures);
        }
    }

    /** E.g. "2019年区教育局政务公开优秀、良好、合格单位名单" and one section per named band. */
    public record Attachment(String title, List<AttachmentSection> sections) {
        public Attachment {
            sections = List.copyOf(sections);
        }

        public AttachmentSection section(String bandLabel) {
            return sections.stream().filter(s -> s.bandLabel().equals(bandLabel)).findFirst().orElseThrow();
        }
    }

    /** E.g. heading "一、优秀单位（3家）" and the units in rank order. */
    public record AttachmentSection(String heading, String bandLabel, List<UnitId> units, List<String> unitNames) {
        public AttachmentSection {
            units = List.copyOf(units);
            unitNames = List.copyOf(unitNames);
        }
    }

    /** A unit of the round that the notice does not name, and why. A blank reason blocks publication. */
    public record Omission(UnitId unit, String unitName, Reason reason, String detail) {
        public enum Reason {
            /** In a band that is not named in the notice (e.g. 不合格). */
            NON_PUBLISHED_BAND,
            /** Withdrawn from the round, with the recorded reason. */
            WITHDRAWN,
            /** Left out without a recorded reason: blocks publication. */
            NONE
        }

        public boolean justified() {
            return reason != Reason.NONE && detail != null && !detail.isBlank();
        }
    }
}
