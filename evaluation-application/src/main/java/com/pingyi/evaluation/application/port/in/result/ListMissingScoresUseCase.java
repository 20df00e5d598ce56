package com.pingyi.evaluation.application.port.in.result;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.domain.score.MissingScore;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The completeness check: every missing score, or too few scores for the aggregation, by unit and indicator. */
public interface ListMissingScoresUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    List<MissingScore> listMissingScores(ListMissingScores query);
}
