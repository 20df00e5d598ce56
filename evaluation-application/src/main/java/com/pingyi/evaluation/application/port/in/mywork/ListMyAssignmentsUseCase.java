package com.pingyi.evaluation.application.port.in.mywork;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.readmodel.MyAssignment;
import jakarta.annotation.security.RolesAllowed;

/** An expert's own work: the rounds, units and dimensions assigned to them, and how much of it they have scored. */
public interface ListMyAssignmentsUseCase {

    @RolesAllowed(Roles.EXPERT)
    Page<MyAssignment> listMyAssignments(ListMyAssignments query);
}
