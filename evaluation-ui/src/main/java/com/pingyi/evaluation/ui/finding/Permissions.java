package com.pingyi.evaluation.ui.finding;

import com.pingyi.evaluation.domain.round.RoundStatus;

/**
 * What the signed-in user may do on the findings page in the round's status. The statuses are those
 * {@code EvaluationRound} allows (PermissionsTest holds the two together); an auditor reads only. The
 * controls follow this; the use cases check it again in any case.
 */
record Permissions(boolean editFindings, boolean raise, boolean check) {

    static Permissions of(RoundStatus status, boolean admin) {
        return new Permissions(
                admin && (status == RoundStatus.OPEN || status == RoundStatus.CLOSED),
                admin && (status == RoundStatus.CLOSED || status == RoundStatus.PUBLISHED),
                admin && status != RoundStatus.PUBLISHED);
    }
}
