package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.score.MissingScore;
import com.pingyi.evaluation.domain.shared.DomainException;
import java.util.List;
import java.util.stream.Collectors;

/** Closing refused: the complete list of missing scores, by unit and indicator. */
public final class MissingScoresException extends DomainException {

    private final transient List<MissingScore> missing;

    public MissingScoresException(List<MissingScore> missing) {
        super("round.close.scores-missing", missing.size(),
                missing.stream().map(MissingScore::toString).collect(Collectors.joining(", ")));
        this.missing = List.copyOf(missing);
    }

    public List<MissingScore> missing() {
        return missing;
    }
}
