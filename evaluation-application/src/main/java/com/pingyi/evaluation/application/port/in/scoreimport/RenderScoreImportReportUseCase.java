package com.pingyi.evaluation.application.port.in.scoreimport;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import jakarta.annotation.security.RolesAllowed;

/** The problems of a preview or an import as an XLSX report to download and hand back to whoever filled the file. */
public interface RenderScoreImportReportUseCase {

    @RolesAllowed(Roles.ADMIN)
    RenderedFile renderScoreImportReport(RenderScoreImportReport query);
}
