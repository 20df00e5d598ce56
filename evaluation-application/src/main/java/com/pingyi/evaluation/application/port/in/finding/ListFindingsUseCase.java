package com.pingyi.evaluation.application.port.in.finding;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.readmodel.FindingView;
import jakarta.annotation.security.RolesAllowed;

/**
 * A round's findings as the notice will print them: in its order (工作成效, 存在问题, 工作要求, each
 * in the order written), the text with the figures computed from the data beside the text as typed.
 */
public interface ListFindingsUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    Page<FindingView> listFindings(ListFindings query);
}
