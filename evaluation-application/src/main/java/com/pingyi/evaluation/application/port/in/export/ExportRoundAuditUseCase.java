package com.pingyi.evaluation.application.port.in.export;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import jakarta.annotation.security.RolesAllowed;

/**
 * The audit trail of a round (who, when, what, before and after), newest first, as CSV in UTF-8 with a
 * byte-order mark so that Excel reads the Chinese text, with no cell that a spreadsheet would run as a formula.
 */
public interface ExportRoundAuditUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    RenderedFile exportRoundAudit(ExportRoundAudit query);
}
