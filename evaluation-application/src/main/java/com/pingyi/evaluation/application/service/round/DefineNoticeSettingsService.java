package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.DefineNoticeSettings;
import com.pingyi.evaluation.application.port.in.round.DefineNoticeSettingsUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import org.springframework.transaction.annotation.Transactional;

class DefineNoticeSettingsService implements DefineNoticeSettingsUseCase {

    static final String USE_CASE = "DefineNoticeSettings";

    private final RoundChanges changes;

    DefineNoticeSettingsService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState defineNoticeSettings(DefineNoticeSettings command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, Snapshots::settings, r -> r.defineNotice(command.settings())));
    }
}
