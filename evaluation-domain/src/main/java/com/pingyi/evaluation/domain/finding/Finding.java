package com.pingyi.evaluation.domain.finding;

import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Texts;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.List;
import java.util.Optional;

/**
 * A finding of the round: an achievement, a problem or a requirement, round-wide or about one unit,
 * optionally tied to a dimension. Its text may hold placeholders {0}, {1}, ... for the statistics it
 * quotes, in order; the figures are filled in when the notice is rendered.
 */
public record Finding(FindingId id, FindingKind kind, UnitId unit, DimensionCode dimension, String text,
        List<Statistic> statistics) {

    public static final int MAX_TEXT_LENGTH = 5000;

    public Finding {
        if (id == null) {
            throw new DomainException("finding.id.required");
        }
        if (kind == null) {
            throw new DomainException("finding.kind.required");
        }
        text = Texts.required(text, "finding.text.required", MAX_TEXT_LENGTH);
        statistics = statistics == null ? List.of() : List.copyOf(statistics);
        for (int k = 0; k < statistics.size(); k++) {
            if (!text.contains("{" + k + "}")) {
                throw new DomainException("finding.statistic-not-quoted", k, statistics.get(k).indicator().value());
            }
        }
        if (text.contains("{" + statistics.size() + "}")) {
            throw new DomainException("finding.placeholder-without-statistic", statistics.size());
        }
    }

    /** A new round-wide finding. */
    public static Finding roundWide(FindingKind kind, DimensionCode dimension, String text, Statistic... statistics) {
        return new Finding(FindingId.newId(), kind, null, dimension, text, List.of(statistics));
    }

    /** A new finding about one unit. */
    public static Finding aboutUnit(FindingKind kind, UnitId unit, DimensionCode dimension, String text) {
        if (unit == null) {
            throw new DomainException("finding.unit.required");
        }
        return new Finding(FindingId.newId(), kind, unit, dimension, text, List.of());
    }

    public Optional<UnitId> aboutUnit() {
        return Optional.ofNullable(unit);
    }

    public Optional<DimensionCode> aboutDimension() {
        return Optional.ofNullable(dimension);
    }

    /** The text with each {k} replaced by the k-th figure. */
    public String render(List<Integer> figures) {
        String out = text;
        for (int k = 0; k < figures.size(); k++) {
            out = out.replace("{" + k + "}", Integer.toString(figures.get(k)));
        }
        return out;
    }
}
