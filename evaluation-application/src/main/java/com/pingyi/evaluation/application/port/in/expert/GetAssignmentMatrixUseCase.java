package com.pingyi.evaluation.application.port.in.expert;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.AssignmentMatrix;
import jakarta.annotation.security.RolesAllowed;

/** Who scores which unit x dimension pair of a round, page by page of units, with every expert's conflicts. */
public interface GetAssignmentMatrixUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    AssignmentMatrix getAssignmentMatrix(GetAssignmentMatrix query);
}
