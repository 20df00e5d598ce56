package com.pingyi.evaluation.application.port.in.scoreimport;

import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import java.util.Objects;

/** Query: the import template of a round, one row per unit x indicator; method null = every indicator. */
public record DownloadScoreTemplate(RoundId round, EvaluationMethod method) {

    public DownloadScoreTemplate {
        Objects.requireNonNull(round, "round");
    }
}
