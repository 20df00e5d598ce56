package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.domain.finding.FindingId;
import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.grade.GradeBand;
import com.pingyi.evaluation.domain.notice.NoticeSettings;
import com.pingyi.evaluation.domain.round.Amendment;
import com.pingyi.evaluation.domain.round.Publication;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.unit.Withdrawal;
import java.math.BigDecimal;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * MapStruct for the flat records of a round (bands, withdrawals, amendments, rectification items,
 * standings, notice settings): each maps field for field, and an unmapped target is a build error,
 * so a component added to one of these domain records cannot be silently left unstored. The sealed
 * hierarchies (indicator kinds and rules, score entries, statistics) are mapped by hand in
 * {@link RoundTables} and {@link ScoreRow}, where an exhaustive switch does the same job.
 */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface RoundRowMapper {

    RoundRows.Band toRow(GradeBand band);

    GradeBand toDomain(RoundRows.Band row);

    RoundRows.Withdrawal toRow(Withdrawal withdrawal);

    Withdrawal toDomain(RoundRows.Withdrawal row);

    RoundRows.Amendment toRow(Amendment amendment);

    Amendment toDomain(RoundRows.Amendment row);

    RoundRows.Rectification toRow(RectificationItem item);

    /** {@code done(note)} is a domain operation that MapStruct would take for a fluent setter. */
    @Mapping(target = "done", ignore = true)
    RectificationItem toDomain(RoundRows.Rectification row);

    RoundRows.Standing toRow(Publication.Standing standing);

    Publication.Standing toDomain(RoundRows.Standing row);

    RoundRows.NoticeSettingsRow toRow(NoticeSettings settings);

    NoticeSettings toDomain(RoundRows.NoticeSettingsRow row);

    default UUID unitId(UnitId id) {
        return id == null ? null : id.value();
    }

    default UnitId unitId(UUID id) {
        return id == null ? null : new UnitId(id);
    }

    default UUID roundId(RoundId id) {
        return id == null ? null : id.value();
    }

    default RoundId roundId(UUID id) {
        return id == null ? null : new RoundId(id);
    }

    default UUID findingId(FindingId id) {
        return id == null ? null : id.value();
    }

    default FindingId findingId(UUID id) {
        return id == null ? null : new FindingId(id);
    }

    default BigDecimal rate(ScoreRate rate) {
        return rate == null ? null : rate.percent();
    }

    default ScoreRate rate(BigDecimal percent) {
        return percent == null ? null : new ScoreRate(percent);
    }

    default BigDecimal points(Points points) {
        return points == null ? null : points.value();
    }

    default Points points(BigDecimal value) {
        return value == null ? null : new Points(value);
    }
}
