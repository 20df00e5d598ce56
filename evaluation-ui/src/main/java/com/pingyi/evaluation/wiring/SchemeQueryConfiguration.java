package com.pingyi.evaluation.wiring;

import com.pingyi.evaluation.application.port.in.round.GetRoundSettingsUseCase;
import com.pingyi.evaluation.application.service.round.RoundServices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the query the scheme and bands editors read from; kept apart so the round wiring stays untouched. */
@Configuration(proxyBeanMethods = false)
class SchemeQueryConfiguration {

    @Bean
    GetRoundSettingsUseCase getRoundSettingsUseCase(RoundServices rounds) {
        return rounds.getRoundSettings();
    }
}
