package com.pingyi.evaluation.application.port.in.dashboard;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.Dashboard;
import jakarta.annotation.security.RolesAllowed;

/**
 * The landing page's figures: how far each round in progress is, and the latest published round's
 * bands and dimension averages, as the domain computed them.
 */
public interface GetDashboardUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    Dashboard getDashboard(GetDashboard query);
}
