package com.pingyi.evaluation.wiring;

import com.pingyi.evaluation.application.port.in.account.EnsureAdminAccountUseCase;
import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrailUseCase;
import com.pingyi.evaluation.application.port.in.account.FindSignInAccountUseCase;
import com.pingyi.evaluation.application.port.in.demo.InstallDemoDataUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.port.out.AppendAuditPort;
import com.pingyi.evaluation.application.port.out.CurrentActorPort;
import com.pingyi.evaluation.application.port.out.LoadAuditTrailPort;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.port.out.LoadUserAccountPort;
import com.pingyi.evaluation.application.port.out.ResultsSnapshotPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.port.out.SaveUserAccountPort;
import com.pingyi.evaluation.application.service.account.AccountServices;
import com.pingyi.evaluation.application.service.audit.AuditServices;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import com.pingyi.evaluation.application.service.demo.DemoServices;
import com.pingyi.evaluation.application.service.round.RoundServices;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring wiring of the use cases. The application module carries no Spring stereotypes, so each
 * use case is registered here from its factory; Spring then adds the transactions and the method
 * security declared on the use cases.
 */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AuditTrail auditTrail(AppendAuditPort append, CurrentActorPort actor, Clock clock) {
        return new AuditTrail(append, actor, clock);
    }

    @Bean
    QueryAuditTrailUseCase queryAuditTrailUseCase(LoadAuditTrailPort load) {
        return AuditServices.queryAuditTrail(load);
    }

    @Bean
    ListRoundsUseCase listRoundsUseCase(LoadRoundSummariesPort loadRounds) {
        return RoundServices.listRounds(loadRounds);
    }

    @Bean
    FindSignInAccountUseCase findSignInAccountUseCase(LoadUserAccountPort loadAccounts) {
        return AccountServices.findSignInAccount(loadAccounts);
    }

    @Bean
    EnsureAdminAccountUseCase ensureAdminAccountUseCase(LoadUserAccountPort loadAccounts, SaveUserAccountPort saveAccounts,
                                                        AuditTrail audit) {
        return AccountServices.ensureAdminAccount(loadAccounts, saveAccounts, audit);
    }

    @Bean
    InstallDemoDataUseCase installDemoDataUseCase(LoadRoundSummariesPort loadRounds, SaveRoundPort saveRound,
                                                  ResultsSnapshotPort results, UnitRegistryPort registry, AuditTrail audit) {
        return DemoServices.installDemoData(loadRounds, saveRound, results, registry, audit);
    }
}
