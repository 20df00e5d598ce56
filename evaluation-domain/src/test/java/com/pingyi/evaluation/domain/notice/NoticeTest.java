package com.pingyi.evaluation.domain.notice;

import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.Aggregation;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeTest {

    static final LocalDate DAY = LocalDate.of(2020, 4, 16);

    @Test
    void everyUnitIsNamedOrLeftOutWithAReason() {
        EvaluationRound round = Shanghai2019DemoRound.build();
        Notice notice = round.previewNotice(DAY);
        assertThat(NoticeCrossCheck.unaccounted(round.units(), notice)).isEmpty();

        // a unit the notice does not mention at all blocks publication
        List<EvaluatedUnit> more = new ArrayList<>(round.units());
        more.add(EvaluatedUnit.of(UnitId.named("x"), "新区教育局"));
        assertRule(() -> NoticeCrossCheck.requireComplete(more, notice), "notice.units-unaccounted", 1, "新区教育局");

        // a unit left out without a reason blocks publication
        Notice withoutReason = new Notice(notice.title(), notice.addressee(), notice.basisDocumentNumber(),
                notice.basisDocumentTitle(), notice.methods(), notice.dimensions(), notice.bandDefinitions(),
                notice.summarySentences(), notice.findings(), notice.issuer(), notice.date(), notice.attachment(),
                List.of(new Notice.Omission(Shanghai2019DemoRound.unitId("宝山"), "宝山区教育局", Notice.Omission.Reason.NONE,
                        null)));
        assertRule(() -> NoticeCrossCheck.requireComplete(round.units(), withoutReason), "notice.units-unaccounted", 1,
                "宝山区教育局");
    }

    @Test
    void aUnitNamedTwiceIsNotAccountedFor() {
        EvaluationRound round = Shanghai2019DemoRound.build();
        Notice notice = round.previewNotice(DAY);
        List<Notice.AttachmentSection> sections = new ArrayList<>(notice.attachment().sections());
        sections.add(sections.getFirst());
        Notice twice = new Notice(notice.title(), notice.addressee(), notice.basisDocumentNumber(),
                notice.basisDocumentTitle(), notice.methods(), notice.dimensions(), notice.bandDefinitions(),
                notice.summarySentences(), notice.findings(), notice.issuer(), notice.date(),
                new Notice.Attachment(notice.attachment().title(), sections), notice.omissions());
        assertThat(NoticeCrossCheck.unaccounted(round.units(), twice)).containsExactly("黄浦区教育局", "杨浦区教育局", "闵行区教育局");
    }

    @Test
    void aWithdrawnUnitIsLeftOutWithItsReasonAndASingleUnitBandReadsNaturally() {
        Scheme scheme = Scheme.of(new Dimension(DimensionCode.of("D1"), "政府信息公开", Weight.of(100), List.of(
                Indicator.of("A", "a", "100", EvaluationMethod.DOCUMENT_REVIEW, IndicatorKind.points(), Aggregation.MEAN))));
        EvaluationRound round = EvaluationRound.draft(EvaluationYear.of(2019), "t");
        round.defineScheme(scheme);
        round.defineNotice(Shanghai2019DemoRound.noticeSettings());
        EvaluatedUnit a = EvaluatedUnit.of(UnitId.named("a"), "甲区教育局");
        EvaluatedUnit b = EvaluatedUnit.of(UnitId.named("b"), "乙区教育局");
        EvaluatedUnit c = EvaluatedUnit.of(UnitId.named("c"), "丙区教育局");
        round.addUnit(a);
        round.addUnit(b);
        round.addUnit(c);
        round.open();
        round.recordScore(new ScoreEntry.Verified(a.id(), IndicatorCode.of("A"), ScorerId.of("r"), Points.of(95)));
        round.recordScore(new ScoreEntry.Verified(b.id(), IndicatorCode.of("A"), ScorerId.of("r"), Points.of(50)));
        round.withdrawUnit(c.id(), "区划调整，撤并", DAY);
        round.close();
        Notice notice = round.publish(DAY).notice();
        assertThat(round.status()).isEqualTo(RoundStatus.PUBLISHED);
        assertThat(notice.summarySentences()).extracting(Notice.SummarySentence::text)
                .containsExactly("确定甲区教育局为2019年度区教育局政务公开评议工作“优秀单位”");
        assertThat(notice.attachment().sections()).extracting(Notice.AttachmentSection::heading)
                .containsExactly("一、优秀单位（1家）");
        assertThat(notice.omissions()).extracting(Notice.Omission::unitName, Notice.Omission::reason, Notice.Omission::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("乙区教育局", Notice.Omission.Reason.NON_PUBLISHED_BAND, "不合格"),
                        org.assertj.core.groups.Tuple.tuple("丙区教育局", Notice.Omission.Reason.WITHDRAWN, "区划调整，撤并"));
    }

    @Test
    void noticeSettingsAreRequired() {
        assertRule(() -> new NoticeSettings(" ", "a", "b", "c", "d", "e", "f"), "notice.title-required");
        assertRule(() -> new NoticeSettings("t", "a", " ", "c", "d", "e", "f"), "notice.basis-required");
        assertRule(() -> new NoticeSettings("t", "a", "b", "c", "d", "e", " "), "notice.issuer-required");
        assertThat(NoticeComposer.enumerate(List.of("甲"))).isEqualTo("甲");
        assertThat(NoticeComposer.enumerate(List.of("甲", "乙", "丙"))).isEqualTo("甲、乙和丙");
    }
}
