package com.pingyi.evaluation.wiring;

import com.pingyi.evaluation.application.port.in.expert.AssignExpertUseCase;
import com.pingyi.evaluation.application.port.in.expert.GetAssignmentMatrixUseCase;
import com.pingyi.evaluation.application.port.in.expert.RemoveScorerUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.service.access.Access;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import com.pingyi.evaluation.application.service.round.ExpertServices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The experts' use cases (assignments, removal, the matrix), kept apart so that the round wiring stays untouched. */
@Configuration(proxyBeanMethods = false)
class ExpertUseCaseConfiguration {

    @Bean
    ExpertServices expertServices(LoadRoundPort load, SaveRoundPort save, AuditTrail audit, Access access) {
        return new ExpertServices(load, save, audit, access);
    }

    @Bean
    AssignExpertUseCase assignExpertUseCase(ExpertServices experts) {
        return experts.assignExpert();
    }

    @Bean
    RemoveScorerUseCase removeScorerUseCase(ExpertServices experts) {
        return experts.removeScorer();
    }

    @Bean
    GetAssignmentMatrixUseCase getAssignmentMatrixUseCase(ExpertServices experts) {
        return experts.getAssignmentMatrix();
    }
}
