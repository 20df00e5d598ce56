package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.UnitScoreSheet;
import jakarta.annotation.security.RolesAllowed;

/** One unit's score sheet: per indicator the raw scores, the claim, the measured value, N/A and spread; with the round's version. */
public interface GetUnitSheetUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    UnitScoreSheet getUnitSheet(GetUnitSheet query);
}
