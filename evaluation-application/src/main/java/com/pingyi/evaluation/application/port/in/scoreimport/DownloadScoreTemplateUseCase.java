package com.pingyi.evaluation.application.port.in.scoreimport;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import jakarta.annotation.security.RolesAllowed;

/** The XLSX template an assessor fills in: the round's units x indicators (of one method), with their codes. */
public interface DownloadScoreTemplateUseCase {

    @RolesAllowed(Roles.ADMIN)
    RenderedFile downloadScoreTemplate(DownloadScoreTemplate query);
}
