package com.pingyi.evaluation.ui.finding;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.finding.FindingId;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The findings page shows a control in exactly the statuses in which the domain accepts its command.
 * The domain checks the status before it looks for the finding or item, so a command on an unknown
 * one tells the two apart: "round.wrong-status" where it is not allowed, the unknown-id rule where it is.
 */
class PermissionsTest {

    private static final Map<RoundStatus, java.util.function.Supplier<EvaluationRound>> ROUNDS = Map.of(
            RoundStatus.DRAFT, () -> EvaluationRound.draft(EvaluationYear.of(2020), "2020年度评议"),
            RoundStatus.OPEN, () -> {
                EvaluationRound round = Shanghai2019DemoRound.build();
                round.reopen("补录");
                return round;
            },
            RoundStatus.CLOSED, Shanghai2019DemoRound::build,
            RoundStatus.PUBLISHED, Shanghai2019DemoRound::published);

    @Test
    void an_admin_sees_the_controls_of_exactly_the_commands_the_domain_accepts_in_each_status() {
        for (RoundStatus status : RoundStatus.values()) {
            Permissions admin = Permissions.of(status, true);

            assertThat(allowed(status, r -> r.removeFinding(FindingId.newId()))).as("edit findings in %s", status)
                    .isEqualTo(admin.editFindings());
            assertThat(allowed(status, r -> r.raiseRectification(FindingId.newId(), "整改", LocalDate.of(2020, 7, 1))))
                    .as("raise in %s", status).isEqualTo(admin.raise());
            assertThat(allowed(status, r -> r.checkCarriedRectification(UUID.randomUUID(), "已整改")))
                    .as("check in %s", status).isEqualTo(admin.check());
        }
    }

    @Test
    void an_auditor_sees_no_control_in_any_status() {
        for (RoundStatus status : RoundStatus.values()) {
            assertThat(Permissions.of(status, false)).isEqualTo(new Permissions(false, false, false));
        }
    }

    private static boolean allowed(RoundStatus status, Consumer<EvaluationRound> command) {
        EvaluationRound round = ROUNDS.get(status).get();
        assertThat(round.status()).isEqualTo(status);
        try {
            command.accept(round);
            throw new AssertionError("an unknown finding or item was accepted");
        } catch (DomainException e) {
            return !e.messageKey().equals("round.wrong-status");
        }
    }
}
