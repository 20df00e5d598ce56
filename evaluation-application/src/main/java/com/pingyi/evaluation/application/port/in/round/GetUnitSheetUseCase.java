package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.UnitScoreSheet;
import jakarta.annotation.security.RolesAllowed;

/** One unit's score sheet: per indicator the raw scores, the claim, the measured value, N/A and spread; with the round's version.
 * Experts read only their assigned pairs and contacts only their unit (the service decides). */
public interface GetUnitSheetUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.EXPERT, Roles.UNIT_CONTACT})
    UnitScoreSheet getUnitSheet(GetUnitSheet query);
}
