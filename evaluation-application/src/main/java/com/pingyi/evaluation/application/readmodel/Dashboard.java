package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The landing page: the rounds in progress (DRAFT, OPEN, CLOSED), newest year first, with how far
 * scoring is in each; {@code moreInProgress} when the list was cut at the number asked for; and the
 * latest published round at a glance, null when no round is published yet.
 */
public record Dashboard(List<RoundProgress> inProgress, boolean moreInProgress, PublishedOverview latestPublished) {

    public Dashboard {
        inProgress = List.copyOf(inProgress);
    }

    public Optional<PublishedOverview> latest() {
        return Optional.ofNullable(latestPublished);
    }

    /** A round in progress: its stage (the status) and the scores in of those expected. */
    public record RoundProgress(RoundId id, int year, String title, RoundStatus status, long recorded, long expected) {

        /** Scores in as a percentage of those expected, one decimal, HALF_UP; empty while nothing is expected. */
        public Optional<BigDecimal> percentIn() {
            return expected == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(recorded * 100).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP));
        }
    }

    /**
     * The latest published round (newest year): units per band in the scale's order (highest band
     * first, bands without units included), the units with nothing applicable ({@code unrated}), and
     * every dimension's average rate across units; {@code precision} is the round's display precision.
     */
    public record PublishedOverview(RoundId id, int year, String title, int precision, List<BandCount> bands, int unrated,
            List<DimensionAverage> dimensions) {

        public PublishedOverview {
            bands = List.copyOf(bands);
            dimensions = List.copyOf(dimensions);
        }

        /** The units with a result, whatever their band. */
        public int unitsRanked() {
            return bands.stream().mapToInt(BandCount::units).sum();
        }
    }

    /** A band of the round's scale, whether the notice names it, and how many units it holds. */
    public record BandCount(String label, String interval, boolean named, int units) {
    }

    /**
     * A dimension's rate averaged over the units to which it applies ({@code units}), in percent at
     * 12 places, exact (the mean of the domain's dimension rates); null when it applies to no unit.
     */
    public record DimensionAverage(String code, String name, BigDecimal weight, BigDecimal averagePercent, int units) {
    }
}
