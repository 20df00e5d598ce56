package com.pingyi.evaluation.application.port.in.export;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import jakarta.annotation.security.RolesAllowed;

/**
 * A round's results as an XLSX workbook: rank, unit, score rate, band and the rate of every dimension,
 * the figures the domain computed. Unit contacts see their own unit's result only, so not this.
 */
public interface ExportResultsUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    RenderedFile exportResults(ExportResults query);
}
