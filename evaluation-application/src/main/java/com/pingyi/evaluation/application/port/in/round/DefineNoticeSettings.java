package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.notice.NoticeSettings;
import java.util.Objects;

/** Command: sets the notice's fixed texts: title, addressee, basis document, issuer and the attachment's subject. */
public record DefineNoticeSettings(RoundRef round, NoticeSettings settings) {

    public DefineNoticeSettings {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(settings, "settings");
    }
}
