package com.pingyi.evaluation.application.port.in.finding;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.readmodel.RectificationView;
import jakarta.annotation.security.RolesAllowed;

/** A round's rectification items (整改), raised in it or carried from the round it was cloned from, with their status. */
public interface ListRectificationsUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    Page<RectificationView> listRectifications(ListRectifications query);
}
