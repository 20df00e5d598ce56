package com.pingyi.evaluation.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.port.in.expert.AssignExpert;
import com.pingyi.evaluation.application.port.in.expert.GetAssignmentMatrix;
import com.pingyi.evaluation.application.port.in.expert.RemoveScorer;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.RegisterScorer;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.AssignmentMatrix;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.round.ExpertServices;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Registering, assigning and removing experts through the use cases, and the matrix they are shown in. */
class ExpertUseCasesTest {

    static final UnitId HUANGPU = Shanghai2019DemoRound.unitId("黄浦");
    static final UnitId BAOSHAN = Shanghai2019DemoRound.unitId("宝山");
    static final DimensionCode WEBSITE = Shanghai2019DemoRound.D_WEBSITE;
    static final ScorerId LI = ScorerId.of("panel-li");

    final RoundFixture f = new RoundFixture();
    final ExpertServices experts = new ExpertServices(f.rounds, f.rounds, f.audit.trail());

    /** The demo round open again for scoring, with 李专家 registered, affiliated with 黄浦. */
    RoundRef openWithLi() {
        EvaluationRound round = Shanghai2019DemoRound.build();
        round.reopen("补登专家");
        round.registerScorer(Scorer.expert(LI, "李专家", HUANGPU));
        return f.store(round);
    }

    AssignmentMatrix matrix(RoundRef ref, String filter, PageRequest page) {
        return experts.getAssignmentMatrix().getAssignmentMatrix(new GetAssignmentMatrix(ref.id(), filter, page));
    }

    @Test
    void assigned_pairs_show_in_the_matrix_with_the_experts_conflicts_page_by_page() {
        RoundRef ref = openWithLi();

        RoundState after = experts.assignExpert().assignExpert(new AssignExpert(ref, LI,
                Set.of(new Assignment(BAOSHAN, WEBSITE), new Assignment(Shanghai2019DemoRound.unitId("杨浦"), WEBSITE))));
        AssignmentMatrix first = matrix(ref, "", PageRequest.first(5));
        AssignmentMatrix baoshan = matrix(ref, "宝山", PageRequest.first(5));

        assertThat(after.version()).isEqualTo(ref.version() + 1);
        assertThat(first.round().version()).isEqualTo(after.version());
        assertThat(first.changeable()).isTrue();
        assertThat(first.dimensions()).extracting(AssignmentMatrix.Column::code).hasSize(4).contains(WEBSITE);
        assertThat(first.units().total()).isEqualTo(16);
        assertThat(first.units().items()).hasSize(5);
        assertThat(first.activeUnits()).hasSize(16);
        assertThat(first.expert(LI)).get().satisfies(li -> {
            assertThat(li.conflicts()).containsExactly(java.util.Map.entry(HUANGPU, "黄浦区教育局"));
            assertThat(li.pairs()).hasSize(2);
        });
        assertThat(baoshan.units().total()).isEqualTo(1);
        assertThat(baoshan.units().items()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("宝山区教育局");
            assertThat(row.assignedTo(WEBSITE)).containsExactly(LI);
            assertThat(row.assignedTo(Shanghai2019DemoRound.D_DISCLOSURE)).isEmpty();
        });
        assertThat(f.audit.records()).singleElement().satisfies(entry -> {
            assertThat(entry.useCase()).isEqualTo("AssignExpert");
            assertThat(entry.before()).contains("\"pairs\":{}");
            assertThat(entry.after()).contains(BAOSHAN.toString(), "D4");
        });
    }

    @Test
    void a_conflicting_assignment_is_refused_and_nothing_is_saved_or_audited() {
        RoundRef ref = openWithLi();

        assertThatThrownBy(() -> experts.assignExpert().assignExpert(new AssignExpert(ref, LI,
                Set.of(new Assignment(BAOSHAN, WEBSITE), new Assignment(HUANGPU, WEBSITE)))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "scorer.conflict-of-interest");

        assertThat(f.load(ref.id()).version()).isEqualTo(ref.version());
        assertThat(matrix(ref, "", PageRequest.first(1)).expert(LI).orElseThrow().pairs()).isEmpty();
        assertThat(f.audit.records()).isEmpty();
    }

    @Test
    void a_stale_version_is_refused() {
        RoundRef ref = openWithLi();
        experts.assignExpert().assignExpert(new AssignExpert(ref, LI, Set.of(new Assignment(BAOSHAN, WEBSITE))));

        assertThatThrownBy(() -> experts.removeScorer().removeScorer(new RemoveScorer(ref, LI)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(f.load(ref.id()).scorers()).extracting(Scorer::id).containsExactly(LI);
    }

    @Test
    void experts_cannot_change_once_the_round_is_closed() {
        EvaluationRound round = f.load(openWithLi().id());
        round.close();
        RoundRef ref = f.store(round);

        assertThatThrownBy(() -> experts.assignExpert().assignExpert(new AssignExpert(ref, LI, Set.of())))
                .hasFieldOrPropertyWithValue("messageKey", "round.wrong-status");
        assertThatThrownBy(() -> experts.removeScorer().removeScorer(new RemoveScorer(ref, LI)))
                .hasFieldOrPropertyWithValue("messageKey", "round.wrong-status");
        assertThatThrownBy(() -> f.services.registerScorer().registerScorer(new RegisterScorer(ref, Scorer.expert(ScorerId.of("x"), "x"))))
                .hasFieldOrPropertyWithValue("messageKey", "round.wrong-status");
        AssignmentMatrix matrix = matrix(ref, "", PageRequest.first(1));
        assertThat(matrix.round().status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(matrix.changeable()).isFalse();
        assertThat(f.audit.records()).isEmpty();
    }

    @Test
    void an_expert_without_scores_is_removed_and_unit_contacts_are_not_listed_as_experts() {
        RoundRef ref = openWithLi();
        RoundState withContact = f.services.registerScorer().registerScorer(new RegisterScorer(ref,
                Scorer.unitContact(ScorerId.of("contact-宝山"), "宝山联系人", BAOSHAN)));

        RoundState removed = experts.removeScorer().removeScorer(new RemoveScorer(new RoundRef(ref.id(), withContact.version()), LI));

        assertThat(f.load(ref.id()).scorers()).extracting(Scorer::id).containsExactly(ScorerId.of("contact-宝山"));
        assertThat(matrix(new RoundRef(ref.id(), removed.version()), "", PageRequest.first(1)).experts()).isEmpty();
        assertThat(f.audit.records()).extracting(r -> r.useCase()).containsExactly("RegisterScorer", "RemoveScorer");
        assertThat(f.audit.records().getLast().after()).contains("\"scorer\":null");
    }
}
