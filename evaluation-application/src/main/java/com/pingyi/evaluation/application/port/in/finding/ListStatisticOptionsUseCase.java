package com.pingyi.evaluation.application.port.in.finding;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.FindingChoices;
import jakarta.annotation.security.RolesAllowed;

/**
 * The statistics a finding can quote: for each MEASURED indicator of the round, the conditions that
 * make sense for its rule, each with the figure it gives now; and the units and dimensions a finding
 * may be about.
 */
public interface ListStatisticOptionsUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    FindingChoices listStatisticOptions(ListStatisticOptions query);
}
