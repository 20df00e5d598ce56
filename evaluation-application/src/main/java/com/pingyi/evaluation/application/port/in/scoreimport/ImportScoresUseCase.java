package com.pingyi.evaluation.application.port.in.scoreimport;

import com.pingyi.evaluation.application.port.in.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Imports a score file all or nothing: while any row is wrong nothing is written and every problem is reported. */
public interface ImportScoresUseCase {

    @RolesAllowed(Roles.ADMIN)
    ScoreImportResult importScores(ImportScores command);
}
