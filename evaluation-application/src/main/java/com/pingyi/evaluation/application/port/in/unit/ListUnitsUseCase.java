package com.pingyi.evaluation.application.port.in.unit;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import jakarta.annotation.security.RolesAllowed;

/** The unit registry, page by page. */
public interface ListUnitsUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    Page<RegisteredUnitView> listUnits(ListUnits query);
}
