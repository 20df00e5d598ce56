package com.pingyi.evaluation.application.port.in.archive;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/**
 * Stores the round of an archive file, with its id, units, scores, findings and publications, all or nothing.
 * Refused, with nothing written, when the file is not a valid archive, or the round or its year already exists.
 */
public interface ImportRoundArchiveUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState importRoundArchive(ImportRoundArchive command);
}
