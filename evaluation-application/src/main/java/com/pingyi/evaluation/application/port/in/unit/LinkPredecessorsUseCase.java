package com.pingyi.evaluation.application.port.in.unit;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import jakarta.annotation.security.RolesAllowed;

/** Links a unit to the registered units it succeeded, so that its history spans the merger. */
public interface LinkPredecessorsUseCase {

    @RolesAllowed(Roles.ADMIN)
    RegisteredUnitView linkPredecessors(LinkPredecessors command);
}
