package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import jakarta.annotation.security.RolesAllowed;

/** The rounds list: every signed-in person sees which rounds exist. */
public interface ListRoundsUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.EXPERT, Roles.UNIT_CONTACT})
    Page<RoundSummary> listRounds(ListRounds query);
}
