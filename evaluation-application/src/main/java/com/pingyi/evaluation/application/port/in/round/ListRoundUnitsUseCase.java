package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.readmodel.RoundUnitView;
import jakarta.annotation.security.RolesAllowed;

/** Who takes part in a round: its units, the withdrawn ones with their reasons, page by page. */
public interface ListRoundUnitsUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    Page<RoundUnitView> listRoundUnits(ListRoundUnits query);
}
