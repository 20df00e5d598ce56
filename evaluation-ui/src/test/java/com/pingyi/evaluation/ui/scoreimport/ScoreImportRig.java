package com.pingyi.evaluation.ui.scoreimport;

import com.pingyi.evaluation.application.port.in.round.CreateRound;
import com.pingyi.evaluation.application.port.in.round.CreateRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.DefineScheme;
import com.pingyi.evaluation.application.port.in.round.DefineSchemeUseCase;
import com.pingyi.evaluation.application.port.in.round.EnrolUnit;
import com.pingyi.evaluation.application.port.in.round.EnrolUnitUseCase;
import com.pingyi.evaluation.application.port.in.round.OpenRound;
import com.pingyi.evaluation.application.port.in.round.OpenRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** An open round made through the real use cases, for the import tests and the P3 harness. */
final class ScoreImportRig {

    static final List<String> DISTRICTS = List.of("黄浦", "徐汇", "长宁");

    private ScoreImportRig() {
    }

    static void signInAsAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", "n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }

    static RoundId openRound(ApplicationContext context, String title) {
        return openRound(context, title, Shanghai2019DemoRound.scheme(),
                DISTRICTS.stream().map(d -> EvaluatedUnit.of(Shanghai2019DemoRound.unitId(d), Shanghai2019DemoRound.unitName(d))).toList());
    }

    static RoundId openRound(ApplicationContext context, String title, Scheme scheme, List<EvaluatedUnit> units) {
        RoundState state = context.getBean(CreateRoundUseCase.class).createRound(new CreateRound(EvaluationYear.of(2021), title));
        RoundRef ref = new RoundRef(state.id(), state.version());
        ref = next(context.getBean(DefineSchemeUseCase.class).defineScheme(new DefineScheme(ref, scheme)));
        EnrolUnitUseCase enrol = context.getBean(EnrolUnitUseCase.class);
        for (EvaluatedUnit unit : units) {
            ref = next(enrol.enrolUnit(new EnrolUnit(ref, unit)));
        }
        context.getBean(OpenRoundUseCase.class).openRound(new OpenRound(ref));
        return state.id();
    }

    private static RoundRef next(RoundState state) {
        return new RoundRef(state.id(), state.version());
    }
}
