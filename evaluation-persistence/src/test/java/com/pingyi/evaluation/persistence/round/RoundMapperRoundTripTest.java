package com.pingyi.evaluation.persistence.round;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

class RoundMapperRoundTripTest {

    private final RoundMapper mapper = Mappers.getMapper(RoundMapper.class);

    @Test
    void domain_to_entity_to_domain_gives_the_original_back() {
        for (RoundStatus status : RoundStatus.values()) {
            EvaluationRound original = EvaluationRound.restore(RoundId.newId(), EvaluationYear.of(2019), "2019年度评议", status, 7);

            EvaluationRound back = mapper.toDomain(mapper.toEntity(original));

            assertThat(back).usingRecursiveComparison().isEqualTo(original);
        }
    }
}
