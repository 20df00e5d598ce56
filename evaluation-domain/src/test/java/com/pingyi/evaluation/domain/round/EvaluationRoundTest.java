package com.pingyi.evaluation.domain.round;

import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.grade.GradeBand;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.notice.NoticeSettings;
import com.pingyi.evaluation.domain.scheme.Aggregation;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.MissingScore;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationRoundTest {

    static final IndicatorCode A = IndicatorCode.of("A");
    static final IndicatorCode M = IndicatorCode.of("M");
    static final LocalDate DAY = LocalDate.of(2020, 4, 16);

    final EvaluatedUnit u1 = EvaluatedUnit.of(UnitId.named("U1"), "一号单位");
    final EvaluatedUnit u2 = EvaluatedUnit.of(UnitId.named("U2"), "二号单位");

    static Scheme scheme() {
        return Scheme.of(new Dimension(DimensionCode.of("D1"), "重点", Weight.of(100), List.of(
                Indicator.of("A", "a", "10", EvaluationMethod.EXPERT_ONLINE_REVIEW, IndicatorKind.points(),
                        Aggregation.TRIMMED_MEAN),
                Indicator.of("M", "m", "5", EvaluationMethod.THIRD_PARTY_ASSESSMENT,
                        IndicatorKind.measured(MeasuredRule.yesNo()), null))));
    }

    static NoticeSettings settings() {
        return new NoticeSettings("关于公布评议结果的通知", "各单位", "某〔2019〕1号", "实施方案", "评议工作", "评议", "某委员会");
    }

    EvaluationRound draft() {
        EvaluationRound round = EvaluationRound.draft(EvaluationYear.of(2019), "2019 round");
        round.defineScheme(scheme());
        round.defineNotice(settings());
        round.addUnit(u1);
        round.addUnit(u2);
        return round;
    }

    void scoreFully(EvaluationRound round, EvaluatedUnit unit, String... scores) {
        for (int k = 0; k < scores.length; k++) {
            round.recordScore(new ScoreEntry.Verified(unit.id(), A, ScorerId.of("e" + k), Points.of(scores[k])));
        }
        round.recordScore(new ScoreEntry.Measured(unit.id(), M, MeasuredValue.yes()));
    }

    EvaluationRound closed() {
        EvaluationRound round = draft();
        round.open();
        scoreFully(round, u1, "9", "9", "9");
        scoreFully(round, u2, "5", "5", "5");
        round.close();
        return round;
    }

    @Test
    void theExistingFactoriesStillWork() {
        RoundId id = RoundId.newId();
        EvaluationRound restored = EvaluationRound.restore(id, EvaluationYear.of(2019), " title ", RoundStatus.OPEN, 3);
        assertThat(restored.id()).isEqualTo(id);
        assertThat(restored.title()).isEqualTo("title");
        assertThat(restored.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(restored.version()).isEqualTo(3);
        assertRule(() -> EvaluationRound.draft(EvaluationYear.of(2019), " "), "round.title.required");
        assertRule(() -> EvaluationRound.draft(EvaluationYear.of(2019), "x".repeat(201)), "round.title.too-long", 201, 200);
    }

    @Test
    void theLifecycleRunsDraftOpenClosedPublished() {
        EvaluationRound round = draft();
        assertThat(round.status()).isEqualTo(RoundStatus.DRAFT);
        round.open();
        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
        scoreFully(round, u1, "9", "9", "9");
        scoreFully(round, u2, "5", "5", "5");
        round.close();
        assertThat(round.status()).isEqualTo(RoundStatus.CLOSED);
        Publication p = round.publish(DAY);
        assertThat(round.status()).isEqualTo(RoundStatus.PUBLISHED);
        assertThat(p.version()).isEqualTo(1);
        assertThat(p.notice().date()).isEqualTo(DAY);
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        EvaluationRound round = draft();
        assertRule(round::close, "round.wrong-status", "close", "DRAFT", "[OPEN]");
        assertRule(() -> round.publish(DAY), "round.wrong-status", "publish", "DRAFT", "[CLOSED]");
        assertRule(() -> round.reopen("why"), "round.wrong-status", "reopen", "DRAFT", "[CLOSED]");
        EvaluationRound empty = EvaluationRound.draft(EvaluationYear.of(2019), "t");
        assertRule(empty::open, "round.open.needs-scheme");
        empty.defineScheme(scheme());
        assertRule(empty::open, "round.open.needs-units");
    }

    @Test
    void theSchemeAndBandsFreezeWhenTheRoundOpens() {
        EvaluationRound round = draft();
        round.open();
        assertRule(() -> round.defineScheme(scheme()), "round.frozen-after-draft", "defineScheme", "OPEN");
        assertRule(() -> round.defineScale(GradeScale.seedDefault()), "round.frozen-after-draft", "defineScale", "OPEN");
        assertRule(() -> round.addUnit(EvaluatedUnit.draft("三号")), "round.frozen-after-draft", "addUnit", "OPEN");
        assertRule(() -> round.defineDisplayPrecision(1), "round.frozen-after-draft", "defineDisplayPrecision", "OPEN");
    }

    @Test
    void anAmendmentOfTheFrozenSchemeNeedsAReasonAndIsRecorded() {
        EvaluationRound round = draft();
        round.open();
        assertRule(() -> round.amendScheme(scheme(), " "), "round.reason-required");
        round.amendScheme(scheme(), "typo in an indicator name");
        GradeScale twoBands = GradeScale.of(GradeBand.closed("A", "50", "100", true), GradeBand.halfOpen("B", "0", "50", false));
        round.amendScale(twoBands, "the commission decided two bands");
        assertThat(round.amendments()).extracting(Amendment::what).containsExactly(Amendment.What.SCHEME,
                Amendment.What.GRADE_SCALE);
        assertThat(round.scale()).isEqualTo(twoBands);
    }

    @Test
    void anAmendmentThatRecordedScoresNoLongerFitIsRefused() {
        EvaluationRound round = draft();
        round.open();
        scoreFully(round, u1, "9", "9", "9");
        Scheme smaller = Scheme.of(new Dimension(DimensionCode.of("D1"), "重点", Weight.of(100), List.of(
                Indicator.of("A", "a", "8", EvaluationMethod.EXPERT_ONLINE_REVIEW, IndicatorKind.points(),
                        Aggregation.TRIMMED_MEAN),
                Indicator.of("M", "m", "5", EvaluationMethod.THIRD_PARTY_ASSESSMENT,
                        IndicatorKind.measured(MeasuredRule.yesNo()), null))));
        assertRule(() -> round.amendScheme(smaller, "lower maximum"), "score.out-of-range", "A", "9.00", "8.00");
        assertThat(round.amendments()).isEmpty();
    }

    @Test
    void scoresAreRecordedOnlyWhileOpenAndOnlyForUnitsOfTheRound() {
        EvaluationRound round = draft();
        ScoreEntry entry = new ScoreEntry.Verified(u1.id(), A, ScorerId.of("e1"), Points.of("9"));
        assertRule(() -> round.recordScore(entry), "round.wrong-status", "recordScore", "DRAFT", "[OPEN]");
        round.open();
        UnitId stranger = UnitId.named("stranger");
        assertRule(() -> round.recordScore(new ScoreEntry.Verified(stranger, A, ScorerId.of("e1"), Points.of("9"))),
                "round.unit-unknown", stranger.toString());
        assertRule(() -> round.recordScore(new ScoreEntry.Verified(u1.id(), A, ScorerId.of("e1"), Points.of("10.5"))),
                "score.out-of-range", "A", "10.50", "10.00");
    }

    @Test
    void closingIsRefusedWithTheCompleteListOfMissingScores() {
        EvaluationRound round = draft();
        round.open();
        round.recordScore(new ScoreEntry.Verified(u1.id(), A, ScorerId.of("e1"), Points.of("9")));
        round.recordScore(new ScoreEntry.Verified(u1.id(), A, ScorerId.of("e2"), Points.of("8")));
        assertThatThrownBy(round::close).isInstanceOf(MissingScoresException.class).satisfies(e -> {
            MissingScoresException m = (MissingScoresException) e;
            assertThat(m.messageKey()).isEqualTo("round.close.scores-missing");
            assertThat(m.arguments()).first().isEqualTo(4);
            assertThat(m.missing()).extracting(MissingScore::unitName, ms -> ms.indicator().value(), MissingScore::problem)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("一号单位", "A", MissingScore.Problem.TOO_FEW),
                            org.assertj.core.groups.Tuple.tuple("一号单位", "M", MissingScore.Problem.MISSING),
                            org.assertj.core.groups.Tuple.tuple("二号单位", "A", MissingScore.Problem.MISSING),
                            org.assertj.core.groups.Tuple.tuple("二号单位", "M", MissingScore.Problem.MISSING));
            assertThat(m.missing().getFirst().recorded()).isEqualTo(2);
            assertThat(m.missing().getFirst().needed()).isEqualTo(3);
        });
        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
    }

    @Test
    void notApplicableAndWithdrawnAreNotMissing() {
        EvaluationRound round = draft();
        round.open();
        scoreFully(round, u1, "9", "9", "9");
        round.withdrawUnit(u2.id(), "merged into another district", DAY);
        round.close();
        assertThat(round.results().size()).isEqualTo(1);
    }

    @Test
    void reopeningNeedsAReason() {
        EvaluationRound round = closed();
        assertRule(() -> round.reopen(""), "round.reason-required");
        round.reopen("an expert corrected a score");
        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(round.amendments()).extracting(Amendment::reason).containsExactly("an expert corrected a score");
    }

    @Test
    void aPublishedRoundIsNeverEditedAndACorrectionIsANewVersion() {
        EvaluationRound round = closed();
        Publication first = round.publish(DAY);
        assertRule(() -> round.recordScore(new ScoreEntry.Verified(u2.id(), A, ScorerId.of("e0"), Points.of("10"))),
                "round.wrong-status", "recordScore", "PUBLISHED", "[OPEN]");
        assertRule(() -> round.addFinding(Finding.roundWide(FindingKind.PROBLEM, null, "x")), "round.wrong-status",
                "addFinding", "PUBLISHED", "[OPEN, CLOSED]");
        List<ScoreEntry> fix = List.of(new ScoreEntry.Verified(u2.id(), A, ScorerId.of("e0"), Points.of("10")),
                new ScoreEntry.Verified(u2.id(), A, ScorerId.of("e1"), Points.of("10")),
                new ScoreEntry.Verified(u2.id(), A, ScorerId.of("e2"), Points.of("10")));
        assertRule(() -> round.publishCorrection(" ", DAY, fix), "round.reason-required");
        assertRule(() -> round.publishCorrection("why", DAY, List.of()), "round.correction.needs-changes");
        Publication second = round.publishCorrection("scores of 二号单位 were entered in the wrong column", DAY.plusDays(3), fix);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.correctionReason()).contains("wrong column");
        assertThat(round.publications()).containsExactly(first, second);
        assertThat(round.publication(1).standingOf(u2.id()).rate().percent()).isEqualByComparingTo("66.67");
        assertThat(round.publication(1).standingOf(u2.id()).rank()).isEqualTo(2);
        assertThat(round.publication(2).standingOf(u2.id()).rate().percent()).isEqualByComparingTo("100");
        assertThat(round.publication(2).standingOf(u2.id()).rank()).isEqualTo(1);
        assertThat(round.publication(2).corrections()).isEqualTo(fix);
        assertThat(round.publication(1).isCorrection()).isFalse();
        assertThat(round.results().of(u2.id()).rate().percent()).isEqualByComparingTo("100");
        assertRule(() -> round.publication(3), "round.publication-unknown", 3, 2);
    }

    @Test
    void publishingNeedsTheNoticeSettings() {
        EvaluationRound round = EvaluationRound.draft(EvaluationYear.of(2019), "t");
        round.defineScheme(scheme());
        round.addUnit(u1);
        round.open();
        scoreFully(round, u1, "9", "9", "9");
        round.close();
        assertRule(() -> round.publish(DAY), "round.publish.needs-notice-settings");
    }

    @Test
    void unitsAreUniqueAndWithdrawnWithAReason() {
        EvaluationRound round = draft();
        assertRule(() -> round.addUnit(EvaluatedUnit.of(UnitId.newId(), "一号单位")), "round.unit-already-registered",
                "一号单位");
        assertRule(() -> round.withdrawUnit(u1.id(), " ", DAY), "unit.withdrawal.reason-required");
        round.withdrawUnit(u1.id(), "merged", DAY);
        assertThat(round.withdrawal(u1.id())).get().extracting(w -> w.reason()).isEqualTo("merged");
        assertRule(() -> round.withdrawUnit(u1.id(), "again", DAY), "round.unit-already-withdrawn", "一号单位");
        assertThat(round.activeUnits()).containsExactly(u2);
        round.open();
        assertRule(() -> round.recordScore(new ScoreEntry.Measured(u1.id(), M, MeasuredValue.yes())),
                "round.unit-withdrawn", "一号单位");
    }

    @Test
    void aRectificationItemComesFromAProblemFindingAboutAUnitAndIsCarriedIntoTheClone() {
        EvaluationRound round = closed();
        Finding problem = Finding.aboutUnit(FindingKind.PROBLEM, u2.id(), DimensionCode.of("D1"), "差错率偏高");
        Finding achievement = Finding.aboutUnit(FindingKind.ACHIEVEMENT, u1.id(), null, "做得好");
        Finding roundWide = Finding.roundWide(FindingKind.PROBLEM, null, "普遍问题");
        round.addFinding(problem);
        round.addFinding(achievement);
        round.addFinding(roundWide);
        assertRule(() -> round.raiseRectification(achievement.id(), "x", DAY), "rectification.needs-problem-finding",
                "ACHIEVEMENT");
        assertRule(() -> round.raiseRectification(roundWide.id(), "x", DAY), "rectification.needs-unit-finding");
        assertRule(() -> round.raiseRectification(problem.id(), "降低差错率", null), "rectification.due-date-required");
        RectificationItem item = round.raiseRectification(problem.id(), "降低差错率", LocalDate.of(2020, 12, 31));
        assertThat(item.unit()).isEqualTo(u2.id());
        assertThat(item.isOpen()).isTrue();

        EvaluationRound next = round.cloneFor(EvaluationYear.of(2020), "2020 round");
        assertThat(next.status()).isEqualTo(RoundStatus.DRAFT);
        assertThat(next.year()).isEqualTo(EvaluationYear.of(2020));
        assertThat(next.scheme()).contains(scheme());
        assertThat(next.scale()).isEqualTo(round.scale());
        assertThat(next.units()).containsExactly(u1, u2);
        assertThat(next.findings()).isEmpty();
        assertThat(next.scores().entries()).isEmpty();
        assertThat(next.clonedFrom()).contains(round.id());
        assertThat(next.carriedRectifications()).containsExactly(item);
        next.checkCarriedRectification(item.id(), "已整改，差错率为0");
        assertThat(next.carriedRectifications().getFirst().isOpen()).isFalse();
        assertRule(() -> next.checkCarriedRectification(item.id(), "again"), "rectification.already-done", "降低差错率");
        // a done item is not carried again
        assertThat(next.cloneFor(EvaluationYear.of(2021), "2021").carriedRectifications()).isEmpty();
        assertRule(() -> round.cloneFor(EvaluationYear.of(2018), "back"), "round.clone.year-before-source", 2018, 2019);
    }

    @Test
    void aCloneKeepsTheSettingsUnitsAndScorersButNoneOfTheYearsRecords() {
        EvaluationRound round = draft();
        round.defineDisplayPrecision(1);
        round.defineSpreadLimit(Points.of("3"));
        com.pingyi.evaluation.domain.score.Scorer wang = com.pingyi.evaluation.domain.score.Scorer.expert(
                ScorerId.of("wang"), "王专家");
        round.registerScorer(wang);
        round.withdrawUnit(u2.id(), "merged", DAY);
        EvaluationRound next = round.cloneFor(EvaluationYear.of(2019), "2019 again");
        assertThat(next.id()).isNotEqualTo(round.id());
        assertThat(next.title()).isEqualTo("2019 again");
        assertThat(next.version()).isZero();
        assertThat(next.displayPrecision()).isEqualTo(1);
        assertThat(next.spreadLimit()).isEqualTo(Points.of("3"));
        assertThat(next.scorers()).containsExactly(wang);
        assertThat(next.units()).containsExactly(u1, u2);
        assertThat(next.activeUnits()).containsExactly(u1, u2);
        assertThat(next.withdrawal(u2.id())).isEmpty();
        assertThat(next.noticeSettings()).isEmpty();
        assertRule(() -> round.cloneFor(EvaluationYear.of(2020), " "), "round.title.required");

        EvaluationRound published = closed();
        published.reopen("a late score");
        published.close();
        published.publish(DAY);
        EvaluationRound after = published.cloneFor(EvaluationYear.of(2020), "2020 round");
        assertThat(after.amendments()).isEmpty();
        assertThat(after.publications()).isEmpty();
        assertThat(after.rectifications()).isEmpty();
        assertThat(after.noticeSettings()).isEmpty();
        assertThat(after.contents().withdrawals()).isEmpty();

        EvaluationRound bare = EvaluationRound.draft(EvaluationYear.of(2019), "no scheme yet");
        EvaluationRound bareNext = bare.cloneFor(EvaluationYear.of(2020), "2020");
        assertThat(bareNext.scheme()).isEmpty();
        assertRule(bareNext::scores, "round.open.needs-scheme");
    }

    @Test
    void findingsMustReferToUnitsAndDimensionsOfTheRound() {
        EvaluationRound round = closed();
        UnitId stranger = UnitId.named("stranger");
        assertRule(() -> round.addFinding(Finding.aboutUnit(FindingKind.PROBLEM, stranger, null, "x")),
                "round.unit-unknown", stranger.toString());
        assertRule(() -> round.addFinding(Finding.roundWide(FindingKind.PROBLEM, DimensionCode.of("D9"), "x")),
                "scheme.dimension-unknown", "D9");
    }

    @Test
    void aRoundSurvivesRestoringFromItsContents() {
        EvaluationRound round = closed();
        round.addFinding(Finding.roundWide(FindingKind.PROBLEM, null, "普遍问题"));
        round.publish(DAY);
        EvaluationRound restored = EvaluationRound.restore(round.id(), round.year(), round.title(), round.status(), 7,
                round.contents());
        assertThat(restored.results().of(u1.id()).rate()).isEqualTo(round.results().of(u1.id()).rate());
        assertThat(restored.findings()).isEqualTo(round.findings());
        assertThat(restored.units()).isEqualTo(round.units());
        assertThat(restored.version()).isEqualTo(7);
        assertThat(restored.publications()).isEqualTo(round.publications());
        assertThat(restored.contents().scores()).containsExactlyInAnyOrderElementsOf(round.contents().scores());
    }

    @Test
    void spreadFlagsUseTheRoundsLimit() {
        EvaluationRound round = draft();
        round.defineSpreadLimit(Points.of("2"));
        round.open();
        scoreFully(round, u1, "2", "5", "10");
        scoreFully(round, u2, "5", "5", "6");
        assertThat(round.spreadFlags()).extracting(f -> f.unit()).containsExactly(u1.id());
    }

    @Test
    void registeredScorersScoreOnlyWhatTheyAreAssignedAndNeverTheirOwnUnit() {
        Scheme withSelf = Scheme.of(new Dimension(DimensionCode.of("D1"), "重点", Weight.of(100), List.of(
                Indicator.of("A", "a", "10", EvaluationMethod.EXPERT_ONLINE_REVIEW, IndicatorKind.points(), null),
                Indicator.of("S", "s", "10", EvaluationMethod.SELF_INSPECTION, IndicatorKind.points(), null))));
        EvaluationRound round = EvaluationRound.draft(EvaluationYear.of(2019), "t");
        round.defineScheme(withSelf);
        round.addUnit(u1);
        round.addUnit(u2);
        round.registerScorer(com.pingyi.evaluation.domain.score.Scorer.expert(ScorerId.of("wang"), "王专家", u1.id()));
        round.registerScorer(new com.pingyi.evaluation.domain.score.Scorer(ScorerId.of("li"), "李专家",
                java.util.Set.of(u2.id()), java.util.Set.of(), java.util.Set.of()));
        round.registerScorer(com.pingyi.evaluation.domain.score.Scorer.unitContact(ScorerId.of("contact1"), "一号联络员",
                u1.id()));
        round.open();
        IndicatorCode s = IndicatorCode.of("S");
        assertRule(() -> round.recordScore(new ScoreEntry.Verified(u1.id(), A, ScorerId.of("zhao"), Points.of(5))),
                "score.scorer-not-registered", "zhao");
        assertRule(() -> round.recordScore(new ScoreEntry.Verified(u1.id(), A, ScorerId.of("wang"), Points.of(5))),
                "score.conflict-of-interest", "王专家", "一号单位");
        assertRule(() -> round.recordScore(new ScoreEntry.Verified(u1.id(), A, ScorerId.of("li"), Points.of(5))),
                "score.scorer-not-assigned", "李专家", "一号单位", "A");
        assertRule(() -> round.recordScore(new ScoreEntry.Verified(u1.id(), A, ScorerId.of("contact1"), Points.of(5))),
                "score.conflict-of-interest", "一号联络员", "一号单位");
        assertRule(() -> round.recordScore(new ScoreEntry.Verified(u2.id(), s, ScorerId.of("contact1"), Points.of(5))),
                "score.scorer-not-assigned", "一号联络员", "二号单位", "S");
        round.recordScore(new ScoreEntry.Verified(u2.id(), A, ScorerId.of("wang"), Points.of(5)));
        round.recordScore(new ScoreEntry.Verified(u2.id(), A, ScorerId.of("li"), Points.of(6)));
        round.recordScore(new ScoreEntry.Verified(u1.id(), s, ScorerId.of("contact1"), Points.of(7)));
        assertThat(round.scores().verified(u1.id(), s)).containsExactly(Points.of(7));
        assertRule(() -> round.registerScorer(com.pingyi.evaluation.domain.score.Scorer.expert(ScorerId.of("x"), "x")),
                "round.frozen-after-draft", "registerScorer", "OPEN");
        assertRule(() -> com.pingyi.evaluation.domain.score.Scorer.expert(ScorerId.of("y"), " "), "scorer.name-required");
    }

    @Test
    void aUnitLeftOutWithoutAReasonBlocksPublicationUntilItIsWithdrawnWithOne() {
        EvaluationRound round = draft();
        round.open();
        scoreFully(round, u1, "9", "9", "9");
        // nothing applies to 二号单位: it gets no rate, so the notice can neither name it nor say why not
        round.recordScore(new ScoreEntry.NotApplicable(u2.id(), A, "no website"));
        round.recordScore(new ScoreEntry.NotApplicable(u2.id(), M, "no website"));
        round.close();
        assertRule(() -> round.publish(DAY), "notice.units-unaccounted", 1, "二号单位");
        assertThat(round.status()).isEqualTo(RoundStatus.CLOSED);
        round.withdrawUnit(u2.id(), "no website to evaluate this year", DAY);
        round.publish(DAY);
        assertThat(round.publication(1).notice().omissions()).extracting(o -> o.unitName(), o -> o.detail())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("二号单位", "no website to evaluate this year"));
    }

    @Test
    void aBatchIsRecordedAllOrNothingWithEveryRejectionListed() {
        EvaluationRound round = draft();
        round.open();
        UnitId stranger = UnitId.named("stranger");
        List<ScoreEntry> batch = List.of(
                new ScoreEntry.Verified(u1.id(), A, ScorerId.of("e0"), Points.of("9")),
                new ScoreEntry.Verified(u1.id(), A, ScorerId.of("e1"), Points.of("11")),
                new ScoreEntry.Measured(u1.id(), M, MeasuredValue.yes()),
                new ScoreEntry.Measured(stranger, M, MeasuredValue.yes()));
        assertThatThrownBy(() -> round.recordAll(batch)).isInstanceOf(RejectedEntriesException.class).satisfies(e -> {
            RejectedEntriesException r = (RejectedEntriesException) e;
            assertThat(r.messageKey()).isEqualTo("score.batch-rejected");
            assertThat(r.arguments()).containsExactly(2, 4);
            assertThat(r.rejections()).extracting(RejectedEntriesException.Rejection::index).containsExactly(1, 3);
            assertThat(r.rejections()).extracting(x -> x.rule().messageKey())
                    .containsExactly("score.out-of-range", "round.unit-unknown");
        });
        assertThat(round.scores().entries()).isEmpty();
        round.recordAll(batch.subList(0, 1));
        assertThat(round.scores().verified(u1.id(), A)).containsExactly(Points.of(9));
    }
}
