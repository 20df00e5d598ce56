package com.pingyi.evaluation.ui.api;

import com.pingyi.evaluation.application.readmodel.RankedUnitView;
import com.pingyi.evaluation.application.readmodel.RoundSummary;

/** The API's response bodies: plain records, so that their JSON is their components and nothing else. */
final class ApiJson {

    private ApiJson() {
    }

    /** A round in {@code GET /api/rounds}. */
    record Round(String id, int year, String title, String status) {

        static Round of(RoundSummary summary) {
            return new Round(summary.id().toString(), summary.year(), summary.title(), summary.status().name());
        }
    }

    /**
     * A unit's result in {@code GET /api/rounds/{id}/results}. The unit code is the unit's id, the one
     * identity a unit keeps across rounds. The rate is a decimal string, exactly as rounded for the
     * notice, so that no client reads it through a binary floating-point number; rank, rate and band are
     * null for a unit without a result (withdrawn, or not yet scored).
     */
    record Result(String unitCode, String unitName, Integer rank, String scoreRate, String band, boolean named) {

        static Result of(RankedUnitView view) {
            return new Result(view.unitId().toString(), view.unitName(), view.rank(),
                    view.scoreRate() == null ? null : view.scoreRate().toPlainString(), view.band(), view.named());
        }
    }

    /** The answer to a score file written whole. */
    record Imported(int rowsRead, int scoresWritten) {
    }
}
