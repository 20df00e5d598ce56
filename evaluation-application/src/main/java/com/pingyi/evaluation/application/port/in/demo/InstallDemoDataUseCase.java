package com.pingyi.evaluation.application.port.in.demo;

import com.pingyi.evaluation.application.port.in.Roles;
import jakarta.annotation.security.RolesAllowed;

/** At first start on an empty database, the application stores the 2019 Shanghai demo round. */
public interface InstallDemoDataUseCase {

    enum Outcome { INSTALLED, SKIPPED_DATABASE_NOT_EMPTY }

    @RolesAllowed(Roles.SYSTEM)
    Outcome installDemoData();
}
