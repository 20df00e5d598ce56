package com.pingyi.evaluation.domain.grade;

import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.domain.shared.Weight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ordered grade bands that cover 0..100 with no gap and no overlap, with unique labels (rule
 * {@code BandsMustCoverZeroToHundredExactlyOnce}). Bands are kept from the highest to the lowest.
 */
public record GradeScale(List<GradeBand> bands) {

    public GradeScale {
        if (bands == null || bands.isEmpty()) {
            throw new DomainException("grade.scale.needs-a-band");
        }
        List<GradeBand> ascending = new ArrayList<>(bands);
        ascending.sort(Comparator.comparing(GradeBand::lower).thenComparing(b -> !b.lowerInclusive()));
        Set<String> labels = new HashSet<>();
        for (GradeBand b : ascending) {
            if (!labels.add(b.label())) {
                throw new DomainException("grade.scale.labels-must-be-unique", b.label());
            }
        }
        GradeBand first = ascending.getFirst();
        if (first.lower().signum() != 0 || !first.lowerInclusive()) {
            throw new DomainException("grade.scale.must-start-at-zero", first.label(), first.interval());
        }
        GradeBand last = ascending.getLast();
        if (last.upper().compareTo(Weight.HUNDRED) != 0 || !last.upperInclusive()) {
            throw new DomainException("grade.scale.must-end-at-hundred", last.label(), last.interval());
        }
        for (int i = 0; i + 1 < ascending.size(); i++) {
            GradeBand low = ascending.get(i);
            GradeBand high = ascending.get(i + 1);
            int cmp = low.upper().compareTo(high.lower());
            if (cmp < 0 || (cmp == 0 && !low.upperInclusive() && !high.lowerInclusive())) {
                throw new DomainException("grade.scale.gap", low.label(), low.interval(), high.label(), high.interval());
            }
            if (cmp > 0 || (low.upperInclusive() && high.lowerInclusive())) {
                throw new DomainException("grade.scale.overlap", low.label(), low.interval(), high.label(),
                        high.interval());
            }
        }
        bands = List.copyOf(ascending.reversed());
    }

    public static GradeScale of(GradeBand... bands) {
        return new GradeScale(List.of(bands));
    }

    /** The seed's scale: [90,100] 优秀, [80,90) 良好, [60,80) 合格, [0,60) 不合格 (not named in the notice). */
    public static GradeScale seedDefault() {
        return of(GradeBand.closed("优秀", "90", "100", true), GradeBand.halfOpen("良好", "80", "90", true),
                GradeBand.halfOpen("合格", "60", "80", true), GradeBand.halfOpen("不合格", "0", "60", false));
    }

    /** The band holding the rate; exactly one band does for any rate in 0..100. */
    public GradeBand gradeFor(ScoreRate rate) {
        return gradeFor(rate.percent());
    }

    GradeBand gradeFor(BigDecimal percent) {
        for (GradeBand band : bands) {
            if (band.contains(percent)) {
                return band;
            }
        }
        throw new IllegalStateException("validated scale leaves " + percent + " uncovered");
    }

    /** The band that holds 0: where a vetoed unit goes. */
    public GradeBand lowest() {
        return bands.getLast();
    }

    /** Position from the top (0 = highest band). */
    public int rankOf(GradeBand band) {
        int i = bands.indexOf(band);
        if (i < 0) {
            throw new DomainException("grade.band.unknown", band.label());
        }
        return i;
    }

    public List<GradeBand> namedBands() {
        return bands.stream().filter(GradeBand::namedInNotice).toList();
    }

    public BigDecimal top() {
        return Weight.HUNDRED;
    }
}
