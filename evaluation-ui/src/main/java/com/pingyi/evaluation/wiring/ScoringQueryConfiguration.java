package com.pingyi.evaluation.wiring;

import com.pingyi.evaluation.application.port.in.round.GetUnitSheetUseCase;
import com.pingyi.evaluation.application.service.round.RoundServices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scoring view's query, kept apart from the round wiring so that the scoring work adds a file instead of editing one. */
@Configuration(proxyBeanMethods = false)
class ScoringQueryConfiguration {

    @Bean
    GetUnitSheetUseCase getUnitSheetUseCase(RoundServices rounds) {
        return rounds.getUnitSheet();
    }
}
