package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.finding.FindingId;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.List;

/**
 * A finding as the notice prints it. {@code position}: its place among the findings of its kind,
 * from 1. {@code text}: as typed, with placeholders {0}, {1}, ...; {@code rendered}: with the figures
 * of {@code statistics} in their place (the typed text while a figure cannot be computed). The unit
 * and the dimension are null for a round-wide finding or one tied to no dimension.
 * {@code rectifications}: the items raised from it.
 */
public record FindingView(FindingId id, FindingKind kind, int position, UnitId unit, String unitName,
        DimensionCode dimension, String dimensionName, String text, String rendered, List<StatisticFigure> statistics,
        int rectifications) {

    public FindingView {
        statistics = List.copyOf(statistics);
    }

    /** Only a PROBLEM about one unit has somebody to answer for a rectification item. */
    public boolean rectifiable() {
        return kind == FindingKind.PROBLEM && unit != null;
    }
}
