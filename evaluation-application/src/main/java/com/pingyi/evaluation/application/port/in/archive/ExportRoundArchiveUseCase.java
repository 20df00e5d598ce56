package com.pingyi.evaluation.application.port.in.archive;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import jakarta.annotation.security.RolesAllowed;

/** The whole round as a JSON file that imports again into another database as the same round. */
public interface ExportRoundArchiveUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    RenderedFile exportRoundArchive(ExportRoundArchive query);
}
