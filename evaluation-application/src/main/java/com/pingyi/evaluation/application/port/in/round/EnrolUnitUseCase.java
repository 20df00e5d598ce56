package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Adds a unit to a round in DRAFT, after the units already enrolled (registry order). */
public interface EnrolUnitUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState enrolUnit(EnrolUnit command);
}
