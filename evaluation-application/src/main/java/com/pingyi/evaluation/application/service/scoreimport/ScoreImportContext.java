package com.pingyi.evaluation.application.service.scoreimport;

import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.shared.DomainException;

/** What the import use cases share: the round's ports, the audit trail and the file check. */
record ScoreImportContext(LoadRoundPort loader, SaveRoundPort saver, AuditTrail audit, ScoreFileCheck check) {

    EvaluationRound load(RoundId id) {
        return loader.loadRound(id).orElseThrow(() -> new DomainException("round.not-found", id));
    }

    /** Saved at the version it was loaded at: a save in between is refused as a concurrent change. */
    EvaluationRound save(EvaluationRound round) {
        return saver.saveRound(round);
    }
}
