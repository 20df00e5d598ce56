package com.pingyi.evaluation.persistence.round;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.finding.FindingId;
import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.grade.GradeBand;
import com.pingyi.evaluation.domain.notice.Notice;
import com.pingyi.evaluation.domain.round.Amendment;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.Publication;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.unit.Withdrawal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

/** Domain -> row -> domain gives the original back, for every flat record of a round and for the notice. */
class RoundRowMapperRoundTripTest {

    private final RoundRowMapper mapper = Mappers.getMapper(RoundRowMapper.class);

    @Test
    void flat_records_come_back_equal() {
        GradeBand band = GradeBand.halfOpen("良好", "80", "90.5", true);
        Withdrawal withdrawal = new Withdrawal(UnitId.newId(), "区划调整", LocalDate.of(2019, 12, 1));
        Amendment amendment = new Amendment(Amendment.What.GRADE_SCALE, "调整档次");
        RectificationItem item = new RectificationItem(UUID.randomUUID(), RoundId.newId(), FindingId.newId(), UnitId.newId(),
                "整改", LocalDate.of(2020, 6, 30), RectificationItem.Status.DONE, "已整改");
        Publication.Standing standing = Shanghai2019DemoRound.published().publication(1).standings().getFirst();

        assertThat(mapper.toDomain(mapper.toRow(band))).isEqualTo(band);
        assertThat(mapper.toDomain(mapper.toRow(withdrawal))).isEqualTo(withdrawal);
        assertThat(mapper.toDomain(mapper.toRow(amendment))).isEqualTo(amendment);
        assertThat(mapper.toDomain(mapper.toRow(item))).isEqualTo(item);
        assertThat(mapper.toDomain(mapper.toRow(standing))).isEqualTo(standing);
        assertThat(mapper.toDomain(mapper.toRow(Shanghai2019DemoRound.noticeSettings())))
                .isEqualTo(Shanghai2019DemoRound.noticeSettings());
    }

    @Test
    void the_notice_comes_back_equal_from_its_json() {
        EvaluationRound round = Shanghai2019DemoRound.published();
        Notice notice = round.publication(1).notice();

        assertThat(NoticeJson.read(NoticeJson.write(notice))).isEqualTo(notice);
    }

    @Test
    void every_kind_of_score_entry_comes_back_equal_from_its_row() {
        EvaluationRound round = Shanghai2019DemoRound.build();

        assertThat(round.contents().scores()).allSatisfy(entry ->
                assertThat(ScoreRow.of(entry, 0).toEntry()).isEqualTo(entry));
    }
}
