package com.pingyi.evaluation.application.port.in.result;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.domain.result.YearOverYear;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The year-over-year comparison of a unit, oldest year first, over the rounds that have results. */
public interface UnitHistoryUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    List<YearOverYear.YearFigures> unitHistory(UnitHistory query);
}
