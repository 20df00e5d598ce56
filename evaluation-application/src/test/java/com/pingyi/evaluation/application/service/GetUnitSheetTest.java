package com.pingyi.evaluation.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.port.in.round.GetUnitSheet;
import com.pingyi.evaluation.application.port.in.round.GetUnitSheetUseCase;
import com.pingyi.evaluation.application.port.in.round.RecordScore;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.UnitScoreSheet;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GetUnitSheetTest {

    private final RoundFixture f = new RoundFixture();
    private final GetUnitSheetUseCase getUnitSheet = f.services.getUnitSheet();
    private final UnitId huangpu = Shanghai2019DemoRound.unitId("黄浦");

    private RoundRef openDemo() {
        EvaluationRound round = Shanghai2019DemoRound.build();
        round.reopen("second look");
        return f.store(round);
    }

    @Test
    void shows_every_indicator_of_the_unit_with_its_raw_scores_beside_the_score_of_record() {
        RoundRef ref = openDemo();

        UnitScoreSheet sheet = getUnitSheet.getUnitSheet(new GetUnitSheet(ref.id(), huangpu));

        assertThat(sheet.unitName()).isEqualTo("黄浦区教育局");
        assertThat(sheet.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(sheet.version()).isEqualTo(ref.version());
        assertThat(sheet.lines()).hasSize(Shanghai2019DemoRound.scheme().indicators().size());
        UnitScoreSheet.Line gk04 = sheet.line(IndicatorCode.of("GK04")).orElseThrow();
        assertThat(gk04.kind()).isEqualTo("POINTS");
        assertThat(gk04.dimensionName()).isEqualTo(Shanghai2019DemoRound.scheme().dimensionOf(IndicatorCode.of("GK04")).name());
        assertThat(gk04.verified()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(raw -> assertThat(raw.scorer().value()).startsWith("expert-"));
        assertThat(gk04.scoreOfRecord()).isNotNull();
        assertThat(sheet.line(IndicatorCode.of("GK01")).orElseThrow().measured()).isNotNull();
    }

    @Test
    void a_recorded_score_appears_and_the_score_of_record_follows_the_aggregation() {
        RoundRef ref = openDemo();
        var state = f.services.recordScore().recordScore(new RecordScore(ref, new ScoreEntry.Verified(huangpu,
                IndicatorCode.of("GK05"), ScorerId.of("expert-09"), Points.of("0.5"))));

        UnitScoreSheet sheet = getUnitSheet.getUnitSheet(new GetUnitSheet(ref.id(), huangpu));

        assertThat(sheet.version()).isEqualTo(state.version());
        UnitScoreSheet.Line gk05 = sheet.line(IndicatorCode.of("GK05")).orElseThrow();
        assertThat(gk05.verified()).contains(new UnitScoreSheet.RawScore(ScorerId.of("expert-09"), Points.of("0.5")));
        BigDecimal mean = gk05.verified().stream().map(r -> r.points().value()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(gk05.verified().size()), 2, java.math.RoundingMode.HALF_UP);
        assertThat(gk05.scoreOfRecord()).isEqualByComparingTo(mean);
    }

    @Test
    void without_a_unit_it_opens_the_first_of_the_round_and_lists_the_others_and_the_scorers() {
        RoundRef ref = openDemo();

        UnitScoreSheet sheet = getUnitSheet.getUnitSheet(GetUnitSheet.firstUnit(ref.id()));

        assertThat(sheet.unit()).isEqualTo(huangpu);
        assertThat(sheet.units()).hasSize(16);
        assertThat(sheet.scorers()).contains(ScorerId.of("expert-01"));
        assertThat(sheet.line(IndicatorCode.of("HD02")).orElseThrow().yesNo()).isTrue();
        assertThat(sheet.line(IndicatorCode.of("GK01")).orElseThrow().yesNo()).isFalse();
    }

    @Test
    void a_unit_that_is_not_in_the_round_is_a_named_error() {
        RoundRef ref = openDemo();

        assertThatThrownBy(() -> getUnitSheet.getUnitSheet(new GetUnitSheet(ref.id(), UnitId.newId())))
                .isInstanceOf(DomainException.class);
    }
}
