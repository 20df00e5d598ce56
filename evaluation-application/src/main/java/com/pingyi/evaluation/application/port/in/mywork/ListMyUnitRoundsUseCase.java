package com.pingyi.evaluation.application.port.in.mywork;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.MyUnitRounds;
import jakarta.annotation.security.RolesAllowed;

/**
 * A unit contact's own unit: the rounds it takes part in (where its self-inspection is entered) and,
 * for the published ones, its published result; nothing of any other unit.
 */
public interface ListMyUnitRoundsUseCase {

    @RolesAllowed(Roles.UNIT_CONTACT)
    MyUnitRounds listMyUnitRounds();
}
