package com.pingyi.evaluation.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.fakes.InMemoryRoundFigures;
import com.pingyi.evaluation.application.port.in.dashboard.GetDashboard;
import com.pingyi.evaluation.application.port.in.dashboard.GetDashboardUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.readmodel.Dashboard;
import com.pingyi.evaluation.application.service.dashboard.DashboardServices;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.result.ExplanationStep;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.result.UnitResult;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The dashboard over in-memory fakes: what it lists, what it counts, and that it loads a published round once per version. */
class DashboardTest {

    private final RoundFixture f = new RoundFixture();
    private final AtomicInteger loads = new AtomicInteger();
    private final LoadRoundPort countingLoad = id -> {
        loads.incrementAndGet();
        return f.rounds.loadRound(id);
    };
    private final GetDashboardUseCase dashboard = DashboardServices.getDashboard(f.rounds, new InMemoryRoundFigures(f.rounds),
            countingLoad);

    @Test
    void lists_the_rounds_in_progress_newest_first_with_the_scores_in_of_those_expected() {
        f.store(Shanghai2019DemoRound.published());
        EvaluationRound scoring = Shanghai2019DemoRound.build();
        scoring.reopen("补录");
        // three of the five expert scores of a TRIMMED_MEAN indicator gone: that cell has too few
        UnitId huangpu = Shanghai2019DemoRound.unitId("黄浦");
        for (String expert : List.of("expert-01", "expert-02", "expert-03")) {
            scoring.removeScore(huangpu, IndicatorCode.of("GK04"), ScorerId.of(expert));
        }
        f.store(scoring);
        EvaluationRound next = Shanghai2019DemoRound.published().cloneFor(EvaluationYear.of(2020), "2020年度评议");
        f.store(next);
        EvaluationRound empty = EvaluationRound.draft(EvaluationYear.of(2021), "2021年度评议");
        f.store(empty);

        Dashboard shown = dashboard.getDashboard(new GetDashboard(10));

        assertThat(shown.inProgress()).extracting(Dashboard.RoundProgress::id).containsExactly(empty.id(), next.id(), scoring.id());
        assertThat(shown.moreInProgress()).isFalse();
        Dashboard.RoundProgress draft = shown.inProgress().get(0);
        assertThat(draft.status()).isEqualTo(RoundStatus.DRAFT);
        assertThat(draft.expected()).isZero();
        assertThat(draft.percentIn()).isEmpty();
        // 16 units x 16 indicators that need a score (the deduction needs none), nothing in yet
        Dashboard.RoundProgress cloned = shown.inProgress().get(1);
        assertThat(cloned.expected()).isEqualTo(256);
        assertThat(cloned.recorded()).isZero();
        assertThat(cloned.percentIn()).contains(new BigDecimal("0.0"));
        Dashboard.RoundProgress open = shown.inProgress().get(2);
        assertThat(open.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(open.expected()).isEqualTo(256);
        assertThat(open.recorded()).isEqualTo(255);
        assertThat(open.percentIn()).contains(new BigDecimal("99.6"));
        assertThat(shown.latestPublished().year()).isEqualTo(2019);
    }

    @Test
    void the_list_is_cut_at_the_number_asked_for_and_says_so() {
        for (int year = 2020; year <= 2024; year++) {
            f.store(EvaluationRound.draft(EvaluationYear.of(year), year + "年度评议"));
        }

        Dashboard shown = dashboard.getDashboard(new GetDashboard(3));

        assertThat(shown.inProgress()).extracting(Dashboard.RoundProgress::year).containsExactly(2024, 2023, 2022);
        assertThat(shown.moreInProgress()).isTrue();
        assertThat(shown.latest()).isEmpty();
        assertThat(loads).hasValue(0);
        assertThatThrownBy(() -> new GetDashboard(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_latest_published_round_shows_units_per_band_and_exact_dimension_averages() {
        EvaluationRound published = Shanghai2019DemoRound.published();
        f.store(published);

        Dashboard.PublishedOverview overview = dashboard.getDashboard(new GetDashboard(10)).latestPublished();

        assertThat(overview.id()).isEqualTo(published.id());
        assertThat(overview.title()).isEqualTo(Shanghai2019DemoRound.TITLE);
        assertThat(overview.bands()).extracting(Dashboard.BandCount::label).containsExactly("优秀", "良好", "合格", "不合格");
        assertThat(overview.bands()).extracting(Dashboard.BandCount::units).containsExactly(3, 2, 10, 1);
        assertThat(overview.bands()).extracting(Dashboard.BandCount::named).containsExactly(true, true, true, false);
        assertThat(overview.unitsRanked()).isEqualTo(16);
        assertThat(overview.unrated()).isZero();
        assertThat(overview.precision()).isEqualTo(2);
        assertThat(overview.dimensions()).extracting(Dashboard.DimensionAverage::name)
                .containsExactly("政府信息公开", "网上办事与服务", "网上互动交流", "网站呈现形式");
        List<BigDecimal> expected = averagesFromTheExplanations(published.results());
        for (int d = 0; d < 4; d++) {
            Dashboard.DimensionAverage average = overview.dimensions().get(d);
            assertThat(average.units()).isEqualTo(16);
            assertThat(average.averagePercent()).isEqualByComparingTo(expected.get(d));
            assertThat(average.averagePercent().scale()).isEqualTo(12);
        }
    }

    @Test
    void a_published_round_is_loaded_once_until_a_correction_changes_its_version() {
        EvaluationRound published = Shanghai2019DemoRound.published();
        f.store(published);

        Dashboard.PublishedOverview first = dashboard.getDashboard(new GetDashboard(10)).latestPublished();
        Dashboard.PublishedOverview again = dashboard.getDashboard(new GetDashboard(10)).latestPublished();
        assertThat(loads).hasValue(1);
        assertThat(again).isEqualTo(first);

        EvaluationRound corrected = f.load(published.id());
        UnitId huangpu = Shanghai2019DemoRound.unitId("黄浦");
        corrected.publishCorrection("录入错误", Shanghai2019DemoRound.NOTICE_DATE.plusDays(7),
                List.of(new ScoreEntry.Verified(huangpu, IndicatorCode.of("BS02"), ScorerId.of("reviewer-01"), Points.of(0))));
        f.rounds.saveRound(corrected);
        Dashboard.PublishedOverview after = dashboard.getDashboard(new GetDashboard(10)).latestPublished();

        assertThat(loads).hasValue(2);
        assertThat(after.dimensions().get(1).averagePercent()).isLessThan(first.dimensions().get(1).averagePercent());
        assertThat(after.dimensions().get(0).averagePercent()).isEqualByComparingTo(first.dimensions().get(0).averagePercent());
    }

    /** The same averages by another road: the explanation's dimension step of every unit. */
    private static List<BigDecimal> averagesFromTheExplanations(RoundResults results) {
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (UnitResult unit : results.ranked()) {
            ExplanationStep.DimensionRates step = unit.explanation().stream()
                    .filter(ExplanationStep.DimensionRates.class::isInstance).map(ExplanationStep.DimensionRates.class::cast)
                    .findFirst().orElseThrow();
            for (int d = 0; d < 4; d++) {
                sums[d] = sums[d].add(step.rates().get(d).rate());
            }
        }
        return java.util.Arrays.stream(sums)
                .map(s -> s.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(results.size()), 12, RoundingMode.HALF_UP))
                .toList();
    }
}
