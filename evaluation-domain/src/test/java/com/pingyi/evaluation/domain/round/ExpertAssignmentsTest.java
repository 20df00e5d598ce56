package com.pingyi.evaluation.domain.round;

import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Experts score exactly the unit x dimension pairs assigned to them, and are never assigned a unit they are affiliated with. */
class ExpertAssignmentsTest {

    static final DimensionCode D1 = DimensionCode.of("D1");
    static final DimensionCode D2 = DimensionCode.of("D2");
    static final IndicatorCode A = IndicatorCode.of("A");
    static final IndicatorCode B = IndicatorCode.of("B");
    static final ScorerId WANG = ScorerId.of("wang");

    final List<EvaluatedUnit> units = List.of(EvaluatedUnit.of(UnitId.named("U1"), "一号单位"),
            EvaluatedUnit.of(UnitId.named("U2"), "二号单位"), EvaluatedUnit.of(UnitId.named("U3"), "三号单位"));
    final UnitId u1 = units.get(0).id();
    final UnitId u2 = units.get(1).id();
    final UnitId u3 = units.get(2).id();

    static Scheme twoDimensions() {
        return Scheme.of(
                new Dimension(D1, "政府信息公开", Weight.of(60), List.of(
                        Indicator.of("A", "a", "10", EvaluationMethod.EXPERT_ONLINE_REVIEW, IndicatorKind.points(), null))),
                new Dimension(D2, "网站呈现形式", Weight.of(40), List.of(
                        Indicator.of("B", "b", "10", EvaluationMethod.EXPERT_ONLINE_REVIEW, IndicatorKind.points(), null))));
    }

    EvaluationRound draft() {
        EvaluationRound round = EvaluationRound.draft(EvaluationYear.of(2019), "2019 round");
        round.defineScheme(twoDimensions());
        units.forEach(round::addUnit);
        return round;
    }

    static Assignment pair(UnitId unit, DimensionCode dimension) {
        return new Assignment(unit, dimension);
    }

    static ScoreEntry.Verified score(UnitId unit, IndicatorCode indicator) {
        return new ScoreEntry.Verified(unit, indicator, WANG, Points.of(5));
    }

    Scorer wang(EvaluationRound round) {
        return round.scorers().stream().filter(s -> s.id().equals(WANG)).findFirst().orElseThrow();
    }

    @Test
    void anExpertScoresExactlyThePairsAssignedAndNothingByDefault() {
        EvaluationRound round = draft();
        round.registerScorer(Scorer.expert(WANG, "王专家", u1));
        round.open();
        assertRule(() -> round.recordScore(score(u2, A)), "score.scorer-not-assigned", "王专家", "二号单位", "A");

        round.assignScorer(WANG, Set.of(pair(u2, D1), pair(u3, D2)));

        round.recordScore(score(u2, A));
        round.recordScore(score(u3, B));
        assertRule(() -> round.recordScore(score(u2, B)), "score.scorer-not-assigned", "王专家", "二号单位", "B");
        assertRule(() -> round.recordScore(score(u3, A)), "score.scorer-not-assigned", "王专家", "三号单位", "A");
        assertRule(() -> round.recordScore(score(u1, A)), "score.conflict-of-interest", "王专家", "一号单位");
    }

    @Test
    void aPairOnAnAffiliatedUnitIsRefusedAsAConflictOfInterestAndNothingChanges() {
        EvaluationRound round = draft();
        round.registerScorer(Scorer.expert(WANG, "王专家", u1));
        round.assignScorer(WANG, Set.of(pair(u2, D1)));

        assertRule(() -> round.assignScorer(WANG, Set.of(pair(u2, D2), pair(u3, D1), pair(u1, D2))),
                "scorer.conflict-of-interest", "王专家", "一号单位");

        assertThat(wang(round).assignments()).containsExactly(pair(u2, D1));
        assertThat(round.scorers()).extracting(Scorer::id).containsExactly(WANG);
        // The value itself refuses the conflict too, for any way in other than the round.
        assertRule(() -> Scorer.expert(WANG, "王专家", u1).assigned(Set.of(pair(u1, D1))),
                "scorer.conflict-of-interest", "王专家", u1.toString());
    }

    @Test
    void pairsMustBeOnTheRoundsUnitsAndDimensions() {
        EvaluationRound round = draft();
        round.registerScorer(Scorer.expert(WANG, "王专家"));
        UnitId stranger = UnitId.named("stranger");

        assertRule(() -> round.assignScorer(WANG, Set.of(pair(stranger, D1))), "round.unit-unknown", stranger.toString());
        assertRule(() -> round.assignScorer(WANG, Set.of(pair(u2, DimensionCode.of("D9")))), "scheme.dimension-unknown", "D9");
        assertRule(() -> round.assignScorer(ScorerId.of("nobody"), Set.of()), "score.scorer-not-registered", "nobody");
        assertRule(() -> round.registerScorer(Scorer.expert(ScorerId.of("li"), "李专家", stranger)), "round.unit-unknown",
                stranger.toString());
        assertRule(() -> round.registerScorer(Scorer.expert(WANG, "另一位王专家")), "scorer.already-registered", "wang");
    }

    @Test
    void aPairTheExpertHasScoredCannotBeTakenAwayUntilTheScoreIsRemoved() {
        EvaluationRound round = draft();
        round.registerScorer(Scorer.expert(WANG, "王专家"));
        round.assignScorer(WANG, Set.of(pair(u1, D1), pair(u2, D2)));
        round.open();
        round.recordScore(score(u2, B));

        assertRule(() -> round.assignScorer(WANG, Set.of(pair(u1, D1))), "scorer.unassign-scored", "王专家", "二号单位", "B",
                "网站呈现形式");
        round.assignScorer(WANG, Set.of(pair(u2, D2), pair(u3, D2)));
        assertThat(wang(round).assignments()).containsExactlyInAnyOrder(pair(u2, D2), pair(u3, D2));

        round.removeScore(u2, B, WANG);
        round.assignScorer(WANG, Set.of());
        assertThat(wang(round).assignments()).isEmpty();
    }

    @Test
    void anExpertIsRemovedOnlyWithoutScores() {
        EvaluationRound round = draft();
        round.registerScorer(Scorer.expert(WANG, "王专家").assigned(Set.of(pair(u2, D1), pair(u3, D1))));
        round.registerScorer(Scorer.expert(ScorerId.of("li"), "李专家"));
        round.open();
        round.recordScore(score(u2, A));
        round.recordScore(score(u3, A));

        assertRule(() -> round.removeScorer(WANG), "scorer.has-scores", "王专家", 2, "二号单位", "A");
        round.removeScorer(ScorerId.of("li"));
        assertThat(round.scorers()).extracting(Scorer::id).containsExactly(WANG);
        assertRule(() -> round.removeScorer(ScorerId.of("li")), "score.scorer-not-registered", "li");
    }

    @Test
    void expertsAreManagedWhileDraftOrOpenAndFrozenOnceClosed() {
        RoundFixture fixture = new RoundFixture() { };
        EvaluationRound open = fixture.draft();
        open.open();
        open.registerScorer(Scorer.expert(WANG, "王专家"));
        open.assignScorer(WANG, Set.of(pair(fixture.u1.id(), D1)));
        open.removeScorer(WANG);

        EvaluationRound closed = fixture.closed();
        assertRule(() -> closed.registerScorer(Scorer.expert(WANG, "王专家")), "round.wrong-status", "registerScorer", "CLOSED",
                "[DRAFT, OPEN]");
        assertRule(() -> closed.assignScorer(WANG, Set.of()), "round.wrong-status", "assignScorer", "CLOSED", "[DRAFT, OPEN]");
        assertRule(() -> closed.removeScorer(WANG), "round.wrong-status", "removeScorer", "CLOSED", "[DRAFT, OPEN]");
        closed.publish(RoundFixture.DAY);
        assertRule(() -> closed.assignScorer(WANG, Set.of()), "round.wrong-status", "assignScorer", "PUBLISHED", "[DRAFT, OPEN]");
    }

    @Test
    void aUnitContactEntersTheirOwnSelfInspectionAndIsAssignedNothing() {
        EvaluationRound round = draft();
        round.registerScorer(Scorer.unitContact(ScorerId.of("contact1"), "一号联络员", u1));

        assertRule(() -> round.assignScorer(ScorerId.of("contact1"), Set.of(pair(u2, D1))), "scorer.contact-is-not-assigned",
                "一号联络员");
        assertRule(() -> new Scorer(ScorerId.of("c"), "联络员", Scorer.Kind.UNIT_CONTACT, Set.of(), Set.of(u1, u2)),
                "scorer.contact-needs-one-unit", "联络员");
    }

    @Test
    void removingAUnitInDraftTakesItsPairsAffiliationsAndContactWithIt() {
        EvaluationRound round = draft();
        round.registerScorer(Scorer.expert(WANG, "王专家", u1).assigned(Set.of(pair(u2, D1), pair(u3, D1))));
        round.registerScorer(Scorer.unitContact(ScorerId.of("contact2"), "二号联络员", u2));

        round.removeUnit(u2);
        round.removeUnit(u1);

        assertThat(round.scorers()).singleElement().satisfies(s -> {
            assertThat(s.assignments()).containsExactly(pair(u3, D1));
            assertThat(s.affiliations()).isEmpty();
        });
    }

    @Test
    void aCloneKeepsEachExpertsPairsAndAffiliations() {
        EvaluationRound round = draft();
        round.registerScorer(Scorer.expert(WANG, "王专家", u1).assigned(Set.of(pair(u2, D1))));

        EvaluationRound next = round.cloneFor(EvaluationYear.of(2020), "2020 round");

        assertThat(next.scorers()).containsExactlyElementsOf(round.scorers());
    }

    /**
     * For any affiliations and any requested pairs over 3 units x 2 dimensions: the assignment goes through
     * exactly when no pair is on an affiliated unit, and then the expert may score exactly those pairs;
     * a refused assignment leaves the expert as they were.
     */
    @Test
    void anAssignmentGoesThroughExactlyWithoutConflictsAndThenDecidesWhatTheExpertMayScore() {
        qt().forAll(integers().between(0, 7), integers().between(0, 63), integers().between(0, 63))
                .checkAssert((affiliationBits, firstBits, secondBits) -> {
                    EvaluationRound round = draft();
                    Set<UnitId> affiliations = new HashSet<>();
                    for (int u = 0; u < 3; u++) {
                        if ((affiliationBits >> u & 1) == 1) {
                            affiliations.add(units.get(u).id());
                        }
                    }
                    round.registerScorer(new Scorer(WANG, "王专家", Scorer.Kind.EXPERT, Set.of(), affiliations));
                    Set<Assignment> before = Set.of();
                    for (int bits : new int[] {firstBits, secondBits}) {
                        Set<Assignment> requested = pairs(bits);
                        boolean conflict = requested.stream().anyMatch(p -> affiliations.contains(p.unit()));
                        try {
                            round.assignScorer(WANG, requested);
                            assertThat(conflict).isFalse();
                            before = requested;
                        } catch (DomainException refused) {
                            assertThat(conflict).isTrue();
                            assertThat(refused.messageKey()).isEqualTo("scorer.conflict-of-interest");
                        }
                        assertThat(wang(round).assignments()).isEqualTo(before);
                    }
                    round.open();
                    for (EvaluatedUnit unit : units) {
                        for (IndicatorCode indicator : List.of(A, B)) {
                            DimensionCode dimension = indicator.equals(A) ? D1 : D2;
                            boolean allowed = before.contains(pair(unit.id(), dimension));
                            try {
                                round.recordScore(score(unit.id(), indicator));
                                assertThat(allowed).isTrue();
                            } catch (DomainException refused) {
                                assertThat(allowed).isFalse();
                                assertThat(refused.messageKey()).isEqualTo(affiliations.contains(unit.id())
                                        ? "score.conflict-of-interest" : "score.scorer-not-assigned");
                            }
                        }
                    }
                });
    }

    private Set<Assignment> pairs(int bits) {
        Set<Assignment> out = new HashSet<>();
        for (int k = 0; k < 6; k++) {
            if ((bits >> k & 1) == 1) {
                out.add(pair(units.get(k / 2).id(), k % 2 == 0 ? D1 : D2));
            }
        }
        return out;
    }
}
