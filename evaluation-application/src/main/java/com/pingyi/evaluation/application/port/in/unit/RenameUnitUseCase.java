package com.pingyi.evaluation.application.port.in.unit;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import jakarta.annotation.security.RolesAllowed;

/** Renames a registered unit. */
public interface RenameUnitUseCase {

    @RolesAllowed(Roles.ADMIN)
    RegisteredUnitView renameUnit(RenameUnit command);
}
