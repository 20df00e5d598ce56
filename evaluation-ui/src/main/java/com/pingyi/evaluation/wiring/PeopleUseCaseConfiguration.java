package com.pingyi.evaluation.wiring;

import com.pingyi.evaluation.application.port.in.account.ChangeOwnPasswordUseCase;
import com.pingyi.evaluation.application.port.in.account.ChangeUserAccessUseCase;
import com.pingyi.evaluation.application.port.in.account.CreateUserUseCase;
import com.pingyi.evaluation.application.port.in.account.EnsureDemoAccountsUseCase;
import com.pingyi.evaluation.application.port.in.account.GetOwnAccountUseCase;
import com.pingyi.evaluation.application.port.in.account.ListUsersUseCase;
import com.pingyi.evaluation.application.port.in.account.RecordSignInUseCase;
import com.pingyi.evaluation.application.port.in.account.ResetPasswordUseCase;
import com.pingyi.evaluation.application.port.in.account.SetUserEnabledUseCase;
import com.pingyi.evaluation.application.port.in.mywork.ListMyAssignmentsUseCase;
import com.pingyi.evaluation.application.port.in.mywork.ListMyUnitRoundsUseCase;
import com.pingyi.evaluation.application.port.out.CurrentCallerPort;
import com.pingyi.evaluation.application.port.out.FindRoundsOfScorerPort;
import com.pingyi.evaluation.application.port.out.FindRoundsOfUnitsPort;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.LoadUserAccountPort;
import com.pingyi.evaluation.application.port.out.PasswordHashPort;
import com.pingyi.evaluation.application.port.out.SaveUserAccountPort;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.service.access.Access;
import com.pingyi.evaluation.application.service.account.PeopleServices;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import com.pingyi.evaluation.application.service.mywork.MyWorkServices;
import com.pingyi.evaluation.domain.user.SignInPolicy;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The people use cases (accounts, own password, sign-in record, demo people) and an expert's and a
 * contact's own work; the {@link Access} that tells every service who calls. Kept apart from the round
 * wiring, which only hands {@link Access} to its factories.
 */
@Configuration(proxyBeanMethods = false)
class PeopleUseCaseConfiguration {

    @Bean
    Access access(CurrentCallerPort caller, LoadUserAccountPort accounts) {
        return new Access(caller, accounts);
    }

    /** The application hashes through Spring Security's encoder ({bcrypt}) without knowing it. */
    @Bean
    PasswordHashPort passwordHashPort(PasswordEncoder encoder) {
        return new PasswordHashPort() {
            @Override
            public String hash(String clearPassword) {
                return encoder.encode(clearPassword);
            }

            @Override
            public boolean matches(String clearPassword, String storedHash) {
                return encoder.matches(clearPassword, storedHash);
            }
        };
    }

    @Bean
    SignInPolicy signInPolicy(@Value("${pingyi.sign-in.max-failures:5}") int maxFailures,
                              @Value("${pingyi.sign-in.lockout-minutes:15}") long lockoutMinutes) {
        return new SignInPolicy(maxFailures, Duration.ofMinutes(lockoutMinutes));
    }

    @Bean
    PeopleServices peopleServices(LoadUserAccountPort load, SaveUserAccountPort save, UnitRegistryPort registry,
                                  PasswordHashPort passwords, AuditTrail audit, Access access, Clock clock, SignInPolicy policy) {
        return new PeopleServices(load, save, registry, passwords, audit, access, clock, policy);
    }

    @Bean
    CreateUserUseCase createUserUseCase(PeopleServices people) {
        return people.createUser();
    }

    @Bean
    ChangeUserAccessUseCase changeUserAccessUseCase(PeopleServices people) {
        return people.changeUserAccess();
    }

    @Bean
    SetUserEnabledUseCase setUserEnabledUseCase(PeopleServices people) {
        return people.setUserEnabled();
    }

    @Bean
    ResetPasswordUseCase resetPasswordUseCase(PeopleServices people) {
        return people.resetPassword();
    }

    @Bean
    ListUsersUseCase listUsersUseCase(PeopleServices people) {
        return people.listUsers();
    }

    @Bean
    ChangeOwnPasswordUseCase changeOwnPasswordUseCase(PeopleServices people) {
        return people.changeOwnPassword();
    }

    @Bean
    GetOwnAccountUseCase getOwnAccountUseCase(PeopleServices people) {
        return people.getOwnAccount();
    }

    @Bean
    RecordSignInUseCase recordSignInUseCase(PeopleServices people) {
        return people.recordSignIn();
    }

    @Bean
    EnsureDemoAccountsUseCase ensureDemoAccountsUseCase(PeopleServices people) {
        return people.ensureDemoAccounts();
    }

    @Bean
    MyWorkServices myWorkServices(LoadRoundPort load, Access access) {
        return new MyWorkServices(load, access);
    }

    @Bean
    ListMyAssignmentsUseCase listMyAssignmentsUseCase(MyWorkServices work, FindRoundsOfScorerPort findRounds) {
        return work.listMyAssignments(findRounds);
    }

    @Bean
    ListMyUnitRoundsUseCase listMyUnitRoundsUseCase(MyWorkServices work, FindRoundsOfUnitsPort findRounds, UnitRegistryPort registry) {
        return work.listMyUnitRounds(findRounds, registry);
    }
}
