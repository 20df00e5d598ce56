package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.application.port.in.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * At start-up with the demo data: an expert ({@code expert}), an auditor ({@code auditor}) and the unit
 * contact of 黄浦区教育局 ({@code huangpu}). Answers the names it created (none when all exist).
 */
public interface EnsureDemoAccountsUseCase {

    @RolesAllowed(Roles.SYSTEM)
    List<String> ensureDemoAccounts(EnsureDemoAccounts command);
}
