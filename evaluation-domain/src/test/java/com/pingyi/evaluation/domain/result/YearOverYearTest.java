package com.pingyi.evaluation.domain.result;

import static com.pingyi.evaluation.domain.result.Fixture.points;
import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearOverYearTest {

    @Test
    void aUnitIsFollowedAcrossYearsUnderItsIdOrItsPredecessor() {
        // 2014: 闸北 and 静安 are separate; 2015 they merge into the new 静安 (successor of both)
        Fixture y2014 = new Fixture().dimension("D1", "100", points("A", "100"));
        UnitId zhabei = y2014.unit("闸北区教育局");
        UnitId jingan = y2014.unit("静安区教育局");
        y2014.score(zhabei, "A", "70").score(jingan, "A", "85");
        Fixture y2015 = new Fixture().dimension("D1", "100", points("A", "100"));
        UnitId newJingan = y2015.unit("静安区教育局(新)");
        UnitId huangpu = y2015.unit("黄浦区教育局");
        y2015.score(newJingan, "A", "91").score(huangpu, "A", "80");
        EvaluatedUnit merged = EvaluatedUnit.of(newJingan, "静安区教育局(新)").succeeding(zhabei);
        List<YearOverYear.YearFigures> history = YearOverYear.history(merged, List.of(
                new YearOverYear.YearResults(EvaluationYear.of(2015), y2015.calculate()),
                new YearOverYear.YearResults(EvaluationYear.of(2014), y2014.calculate())));
        assertThat(history).extracting(YearOverYear.YearFigures::year).containsExactly(EvaluationYear.of(2014),
                EvaluationYear.of(2015));
        assertThat(history.getFirst().foundAs()).isEqualTo(zhabei);
        assertThat(history.getFirst().band()).isEqualTo("合格");
        assertThat(history.getFirst().rank()).isEqualTo(2);
        assertThat(history.get(1).band()).isEqualTo("优秀");
        assertThat(history.get(1).rank()).isEqualTo(1);
        assertThat(YearOverYear.rateChange(history.get(0), history.get(1))).isEqualByComparingTo("21");
    }
}
