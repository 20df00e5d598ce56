package com.pingyi.evaluation.application.port.in.result;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.domain.score.MissingScore;
import jakarta.annotation.security.RolesAllowed;

/** The completeness check: every missing score, or too few scores for the aggregation, by unit and indicator. */
public interface ListMissingScoresUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    Page<MissingScore> listMissingScores(ListMissingScores query);
}
