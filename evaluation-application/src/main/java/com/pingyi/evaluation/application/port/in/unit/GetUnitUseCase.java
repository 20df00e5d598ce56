package com.pingyi.evaluation.application.port.in.unit;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import jakarta.annotation.security.RolesAllowed;

/** One registered unit, e.g. to name a unit's predecessors. */
public interface GetUnitUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    RegisteredUnitView getUnit(GetUnit query);
}
