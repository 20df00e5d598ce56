package com.pingyi.evaluation.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundStatus;
import org.junit.jupiter.api.Test;

class SyntheticRoundTest {

    @Test
    void aSmallSyntheticRoundIsDeterministicAndComputes() {
        EvaluationRound first = SyntheticRound.of(7, 50, 3, 10);
        EvaluationRound second = SyntheticRound.of(7, 50, 3, 10);
        assertThat(first.status()).isEqualTo(RoundStatus.CLOSED);
        RoundResults a = first.results();
        RoundResults b = second.results();
        assertThat(a.size()).isEqualTo(50);
        for (int k = 0; k < 50; k++) {
            assertThat(a.ranked().get(k).rate()).isEqualTo(b.ranked().get(k).rate());
            assertThat(a.ranked().get(k).unitId()).isEqualTo(b.ranked().get(k).unitId());
        }
    }

    @Test
    void theNationalRoundHasTheScaleOfQualityMd() {
        EvaluationRound national = SyntheticRound.national(42);
        assertThat(national.units()).hasSize(3_000);
        assertThat(national.scheme().orElseThrow().dimensions()).hasSize(6);
        assertThat(national.scheme().orElseThrow().indicators()).hasSizeBetween(150, 155);
        assertThat(national.scores().entries().size()).isBetween(900_000, 1_200_000);
        assertThat(national.results().size()).isEqualTo(3_000);
    }
}
