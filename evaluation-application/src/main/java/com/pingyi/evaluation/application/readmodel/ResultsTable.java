package com.pingyi.evaluation.application.readmodel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A round's results for a spreadsheet, in rank order (unrated units last): every figure as the domain
 * computed and rounded it, at the round's display precision.
 *
 * @param dimensions the dimensions' names in scheme order, the order of every row's {@code dimensionRates}
 */
public record ResultsTable(String roundTitle, int year, int precision, List<String> dimensions, List<Row> rows) {

    public ResultsTable {
        dimensions = List.copyOf(dimensions);
        rows = List.copyOf(rows);
    }

    /**
     * One unit: rank and score rate are null when the unit is unrated; a dimension rate (percent, rounded as
     * shown) is null when nothing in that dimension applies to the unit.
     */
    public record Row(Integer rank, String unitName, BigDecimal scoreRate, String band, boolean named, boolean vetoed,
            List<BigDecimal> dimensionRates) {

        public Row {
            // Nulls are meaningful here (not applicable), which List.copyOf refuses.
            dimensionRates = Collections.unmodifiableList(new ArrayList<>(dimensionRates));
        }
    }
}
