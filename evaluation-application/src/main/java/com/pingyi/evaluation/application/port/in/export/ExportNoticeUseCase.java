package com.pingyi.evaluation.application.port.in.export;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import jakarta.annotation.security.RolesAllowed;

/** The notice of a round as a DOCX to sign and post, or as HTML to preview. */
public interface ExportNoticeUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    RenderedFile exportNotice(ExportNotice query);
}
