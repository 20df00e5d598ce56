package com.pingyi.evaluation.application.port.in.result;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.domain.notice.Notice;
import jakarta.annotation.security.RolesAllowed;

/** The notice of a round, as published (its latest version) or, before that, as it would be. */
public interface PreviewNoticeUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    Notice previewNotice(PreviewNotice query);
}
