package com.pingyi.evaluation.application.fakes;

import com.pingyi.evaluation.application.port.out.RoundFiguresPort;
import com.pingyi.evaluation.application.port.out.ScoreCount;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;

/**
 * The figures the adapter counts in SQL, taken here from the stored rounds through the domain:
 * the cells that need a score, less the domain's own list of missing scores.
 */
public class InMemoryRoundFigures implements RoundFiguresPort {

    private final InMemoryRounds rounds;

    public InMemoryRoundFigures(InMemoryRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public ScoreCount countScores(RoundId id) {
        EvaluationRound round = rounds.loadRound(id).orElse(null);
        if (round == null || round.scheme().isEmpty()) {
            return new ScoreCount(0, 0);
        }
        long expected = 0;
        for (EvaluatedUnit unit : round.activeUnits()) {
            for (Indicator indicator : round.scheme().get().indicators()) {
                if (!(indicator.kind() instanceof IndicatorKind.Deduction)
                        && !round.scores().isNotApplicable(unit.id(), indicator.code())) {
                    expected++;
                }
            }
        }
        return new ScoreCount(expected - round.missingScores().size(), expected);
    }
}
