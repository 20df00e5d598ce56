package com.pingyi.evaluation.application.port.in.scoreimport;

import com.pingyi.evaluation.application.port.in.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Parses and checks a score file against the round, through the domain's own rules, and writes nothing. */
public interface PreviewScoreImportUseCase {

    @RolesAllowed(Roles.ADMIN)
    ScoreImportPreview previewScoreImport(PreviewScoreImport query);
}
