package com.pingyi.evaluation.ui.expert;

import com.pingyi.evaluation.application.port.in.expert.AssignExpert;
import com.pingyi.evaluation.application.port.in.expert.AssignExpertUseCase;
import com.pingyi.evaluation.application.port.in.expert.GetAssignmentMatrix;
import com.pingyi.evaluation.application.port.in.expert.GetAssignmentMatrixUseCase;
import com.pingyi.evaluation.application.port.in.expert.RemoveScorer;
import com.pingyi.evaluation.application.port.in.expert.RemoveScorerUseCase;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.round.RegisterScorer;
import com.pingyi.evaluation.application.port.in.round.RegisterScorerUseCase;
import com.pingyi.evaluation.application.readmodel.AssignmentMatrix;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fakes of the four use cases the experts view calls: a round of three units (宝山 withdrawn), two
 * dimensions and two experts, and every command captured. The beans are security proxies, whose own
 * fields are empty: state is read and set through methods only.
 */
final class FakeExpertUseCases {

    static final RoundId ROUND = RoundId.newId();
    static final UnitId HUANGPU = UnitId.named("黄浦区教育局");
    static final UnitId YANGPU = UnitId.named("杨浦区教育局");
    static final UnitId BAOSHAN = UnitId.named("宝山区教育局");
    static final UnitId MINHANG = UnitId.named("闵行区教育局");
    static final DimensionCode D1 = DimensionCode.of("D1");
    static final DimensionCode D4 = DimensionCode.of("D4");
    static final ScorerId LI = ScorerId.of("expert-01");
    static final ScorerId WANG = ScorerId.of("expert-02");

    private FakeExpertUseCases() {
    }

    static class Matrix implements GetAssignmentMatrixUseCase {

        private final List<GetAssignmentMatrix> queries = new CopyOnWriteArrayList<>();
        private volatile RoundStatus status = RoundStatus.OPEN;

        List<GetAssignmentMatrix> queries() {
            return queries;
        }

        void status(RoundStatus now) {
            status = now;
        }

        @Override
        public AssignmentMatrix getAssignmentMatrix(GetAssignmentMatrix query) {
            queries.add(query);
            List<AssignmentMatrix.Expert> experts = List.of(
                    new AssignmentMatrix.Expert(LI, "李专家", Map.of(HUANGPU, "黄浦区教育局"), Set.of(new Assignment(YANGPU, D1))),
                    new AssignmentMatrix.Expert(WANG, "王专家", Map.of(), Set.of(new Assignment(YANGPU, D1), new Assignment(MINHANG, D4))));
            Map<UnitId, String> units = new java.util.LinkedHashMap<>();
            units.put(HUANGPU, "黄浦区教育局");
            units.put(YANGPU, "杨浦区教育局");
            units.put(MINHANG, "闵行区教育局");
            units.put(BAOSHAN, "宝山区教育局");
            List<AssignmentMatrix.Row> rows = new ArrayList<>();
            units.forEach((id, name) -> {
                if (name.contains(query.unitFilter())) {
                    Map<DimensionCode, List<ScorerId>> cells = new HashMap<>();
                    experts.forEach(e -> e.pairs().stream().filter(p -> p.unit().equals(id))
                            .forEach(p -> cells.computeIfAbsent(p.dimension(), d -> new ArrayList<>()).add(e.id())));
                    rows.add(new AssignmentMatrix.Row(id, name, id.equals(BAOSHAN), cells));
                }
            });
            int from = Math.min(query.units().offset(), rows.size());
            int to = Math.min(from + query.units().limit(), rows.size());
            return new AssignmentMatrix(new RoundState(ROUND, 2020, "2020年度区教育局政务公开评议", status, 7),
                    List.of(new AssignmentMatrix.Column(D1, "政府信息公开"), new AssignmentMatrix.Column(D4, "网站呈现形式")),
                    experts, List.of(HUANGPU, YANGPU, MINHANG), new Page<>(rows.subList(from, to), rows.size()));
        }
    }

    /** Captures the commands of one kind and answers with the next version, or with the refusal set up. */
    abstract static class Commands<C> {

        private final List<C> sent = new CopyOnWriteArrayList<>();
        private volatile DomainException refusal;

        List<C> sent() {
            return sent;
        }

        void refuseWith(DomainException e) {
            refusal = e;
        }

        void reset() {
            sent.clear();
            refusal = null;
        }

        RoundState take(C command) {
            if (refusal != null) {
                throw refusal;
            }
            sent.add(command);
            return new RoundState(ROUND, 2020, "2020年度区教育局政务公开评议", RoundStatus.OPEN, 8);
        }
    }

    static class Assign extends Commands<AssignExpert> implements AssignExpertUseCase {
        @Override
        public RoundState assignExpert(AssignExpert command) {
            return take(command);
        }
    }

    static class Remove extends Commands<RemoveScorer> implements RemoveScorerUseCase {
        @Override
        public RoundState removeScorer(RemoveScorer command) {
            return take(command);
        }
    }

    static class Register extends Commands<RegisterScorer> implements RegisterScorerUseCase {
        @Override
        public RoundState registerScorer(RegisterScorer command) {
            return take(command);
        }
    }
}
