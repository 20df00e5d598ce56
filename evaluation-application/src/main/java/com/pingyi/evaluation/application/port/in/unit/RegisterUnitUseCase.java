package com.pingyi.evaluation.application.port.in.unit;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import jakarta.annotation.security.RolesAllowed;

/** Adds a unit to the registry; a name already registered is refused. */
public interface RegisterUnitUseCase {

    @RolesAllowed(Roles.ADMIN)
    RegisteredUnitView registerUnit(RegisterUnit command);
}
