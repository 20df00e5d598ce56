package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.notice.NoticeSettings;
import com.pingyi.evaluation.domain.scheme.Scheme;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings an editor starts from: the scheme (empty while a draft has none yet), the grade
 * bands, and the notice's typed texts (empty until set). The domain's immutable values serve as the
 * read model, so nothing is mapped twice.
 */
public record RoundSettings(Optional<Scheme> scheme, GradeScale scale, Optional<NoticeSettings> notice) {

    public RoundSettings {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(notice, "notice");
    }

    public RoundSettings(Optional<Scheme> scheme, GradeScale scale) {
        this(scheme, scale, Optional.empty());
    }
}
