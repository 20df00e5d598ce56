package com.pingyi.evaluation.domain.notice;

import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.finding.Statistic;
import com.pingyi.evaluation.domain.grade.GradeBand;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.result.UnitResult;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.score.ScoreBook;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.Withdrawal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Composes the notice from the round's results, findings and data; every figure in it is computed. */
public final class NoticeComposer {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private NoticeComposer() {
    }

    /** The inputs of a notice. {@code units} are all units of the round in registry order, withdrawn ones included. */
    public record Inputs(NoticeSettings settings, EvaluationYear year, RoundResults results, List<EvaluatedUnit> units,
            Map<com.pingyi.evaluation.domain.unit.UnitId, Withdrawal> withdrawals, List<Finding> findings,
            ScoreBook scores, LocalDate date) {
    }

    public static Notice compose(Inputs in) {
        var scheme = in.scores().scheme();
        List<String> methods = scheme.methods().stream().map(EvaluationMethod::officialName).toList();
        List<String> dimensions = scheme.dimensions().stream().map(Dimension::name).toList();
        List<Notice.BandDefinition> definitions = in.results().scale().bands().stream()
                .map(b -> new Notice.BandDefinition(b.label(), b.interval(), b.namedInNotice())).toList();
        List<Notice.SummarySentence> sentences = new ArrayList<>();
        List<Notice.AttachmentSection> sections = new ArrayList<>();
        List<Notice.Omission> omissions = new ArrayList<>();
        List<GradeBand> named = in.results().scale().namedBands();
        for (GradeBand band : named) {
            List<UnitResult> members = in.results().inBand(band);
            if (members.isEmpty()) {
                continue;
            }
            String first = members.getFirst().unit().name();
            String text = "确定" + first + (members.size() > 1 ? "等" + members.size() + "家单位" : "") + "为" + in.year()
                    + "年度" + in.settings().programme() + "“" + band.label() + "单位”";
            sentences.add(new Notice.SummarySentence(band.label(), first, members.size(), text));
            String heading = numeral(sections.size()) + "、" + band.label() + "单位（" + members.size() + "家）";
            sections.add(new Notice.AttachmentSection(heading, band.label(),
                    members.stream().map(UnitResult::unitId).toList(),
                    members.stream().map(r -> r.unit().name()).toList()));
        }
        for (UnitResult r : in.results().ranked()) {
            if (!r.band().namedInNotice()) {
                omissions.add(new Notice.Omission(r.unitId(), r.unit().name(), Notice.Omission.Reason.NON_PUBLISHED_BAND,
                        r.band().label() + (r.vetoed() ? " (veto)" : "")));
            }
        }
        for (EvaluatedUnit unit : in.units()) {
            Withdrawal w = in.withdrawals().get(unit.id());
            if (w != null) {
                omissions.add(new Notice.Omission(unit.id(), unit.name(), Notice.Omission.Reason.WITHDRAWN, w.reason()));
            }
        }
        List<EvaluatedUnit> counted = in.units().stream().filter(u -> !in.withdrawals().containsKey(u.id())).toList();
        List<Notice.NoticeFinding> findings = new ArrayList<>();
        List<Finding> ordered = new ArrayList<>(in.findings());
        ordered.sort(Comparator.comparing(Finding::kind));
        for (Finding f : ordered) {
            List<Integer> figures = new ArrayList<>();
            for (Statistic s : f.statistics()) {
                figures.add(s.count(in.scores(), counted));
            }
            findings.add(new Notice.NoticeFinding(f.kind(), f.render(figures), figures));
        }
        String attachmentTitle = in.year() + "年" + in.settings().attachmentSubject()
                + String.join("、", named.stream().map(GradeBand::label).toList()) + "单位名单";
        NoticeSettings s = in.settings();
        return new Notice(s.title(), s.addressee(), s.basisDocumentNumber(), s.basisDocumentTitle(), methods, dimensions,
                definitions, sentences, findings, s.issuer(), in.date(), new Notice.Attachment(attachmentTitle, sections),
                omissions);
    }

    static String numeral(int index) {
        return index < NUMERALS.length ? NUMERALS[index] : Integer.toString(index + 1);
    }

    /** "a、b和c" as the notice enumerates. */
    static String enumerate(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join("、", items.subList(0, items.size() - 1)) + "和" + items.getLast();
    }

    /** All kinds in the notice's order, for renderers. */
    public static List<FindingKind> sectionOrder() {
        return List.of(FindingKind.values());
    }
}
