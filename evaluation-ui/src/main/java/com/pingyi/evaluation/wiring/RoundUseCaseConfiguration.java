package com.pingyi.evaluation.wiring;

import com.pingyi.evaluation.application.port.in.finding.AddFindingUseCase;
import com.pingyi.evaluation.application.port.in.finding.CheckRectificationUseCase;
import com.pingyi.evaluation.application.port.in.finding.RaiseRectificationUseCase;
import com.pingyi.evaluation.application.port.in.finding.RemoveFindingUseCase;
import com.pingyi.evaluation.application.port.in.result.ExplainResultUseCase;
import com.pingyi.evaluation.application.port.in.result.ListMissingScoresUseCase;
import com.pingyi.evaluation.application.port.in.result.ListResultsUseCase;
import com.pingyi.evaluation.application.port.in.result.ListPublicationsUseCase;
import com.pingyi.evaluation.application.port.in.result.PreviewNoticeUseCase;
import com.pingyi.evaluation.application.port.in.result.UnitHistoryUseCase;
import com.pingyi.evaluation.application.port.in.round.AmendSchemeUseCase;
import com.pingyi.evaluation.application.port.in.round.CloneRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.CloseRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.CreateRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.DefineDisplayPrecisionUseCase;
import com.pingyi.evaluation.application.port.in.round.DefineGradeScaleUseCase;
import com.pingyi.evaluation.application.port.in.round.DefineNoticeSettingsUseCase;
import com.pingyi.evaluation.application.port.in.round.DefineSchemeUseCase;
import com.pingyi.evaluation.application.port.in.round.DefineSpreadLimitUseCase;
import com.pingyi.evaluation.application.port.in.round.EnrolUnitUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.MarkApplicableUseCase;
import com.pingyi.evaluation.application.port.in.round.OpenRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.PublishCorrectionUseCase;
import com.pingyi.evaluation.application.port.in.round.PublishRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.RecordScoreUseCase;
import com.pingyi.evaluation.application.port.in.round.RecordScoresUseCase;
import com.pingyi.evaluation.application.port.in.round.RegisterScorerUseCase;
import com.pingyi.evaluation.application.port.in.round.RemoveScoreUseCase;
import com.pingyi.evaluation.application.port.in.round.RenameRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.ReopenRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRoundUnitsUseCase;
import com.pingyi.evaluation.application.port.in.round.WithdrawUnitUseCase;
import com.pingyi.evaluation.application.port.in.unit.GetUnitUseCase;
import com.pingyi.evaluation.application.port.in.unit.LinkPredecessorsUseCase;
import com.pingyi.evaluation.application.port.in.unit.ListUnitsUseCase;
import com.pingyi.evaluation.application.port.in.unit.RegisterUnitUseCase;
import com.pingyi.evaluation.application.port.in.unit.RenameUnitUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.port.out.FindRoundsOfUnitsPort;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.ResultsSnapshotPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.service.access.Access;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import com.pingyi.evaluation.application.service.result.ResultQueries;
import com.pingyi.evaluation.application.service.round.RoundServices;
import com.pingyi.evaluation.application.service.unit.UnitServices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring wiring of the round, result and unit-registry use cases: one bean per input port, each
 * obtained from its module's factory; transactions and method security come from the annotations
 * on the use cases.
 */
@Configuration(proxyBeanMethods = false)
class RoundUseCaseConfiguration {

    @Bean
    RoundServices roundServices(LoadRoundPort load, SaveRoundPort save, ResultsSnapshotPort results, AuditTrail audit, Access access) {
        return new RoundServices(load, save, results, audit, access);
    }

    @Bean
    ResultQueries resultQueries(LoadRoundPort load, ResultsSnapshotPort results) {
        return new ResultQueries(load, results);
    }

    @Bean
    UnitServices unitServices(UnitRegistryPort registry, AuditTrail audit) {
        return new UnitServices(registry, audit);
    }

    @Bean
    CreateRoundUseCase createRoundUseCase(RoundServices rounds) {
        return rounds.createRound();
    }

    @Bean
    CloneRoundUseCase cloneRoundUseCase(RoundServices rounds) {
        return rounds.cloneRound();
    }

    @Bean
    RenameRoundUseCase renameRoundUseCase(RoundServices rounds) {
        return rounds.renameRound();
    }

    @Bean
    DefineSchemeUseCase defineSchemeUseCase(RoundServices rounds) {
        return rounds.defineScheme();
    }

    @Bean
    AmendSchemeUseCase amendSchemeUseCase(RoundServices rounds) {
        return rounds.amendScheme();
    }

    @Bean
    DefineGradeScaleUseCase defineGradeScaleUseCase(RoundServices rounds) {
        return rounds.defineGradeScale();
    }

    @Bean
    EnrolUnitUseCase enrolUnitUseCase(RoundServices rounds) {
        return rounds.enrolUnit();
    }

    @Bean
    ListRoundUnitsUseCase listRoundUnitsUseCase(RoundServices rounds) {
        return rounds.listRoundUnits();
    }

    @Bean
    WithdrawUnitUseCase withdrawUnitUseCase(RoundServices rounds) {
        return rounds.withdrawUnit();
    }

    @Bean
    RegisterScorerUseCase registerScorerUseCase(RoundServices rounds) {
        return rounds.registerScorer();
    }

    @Bean
    OpenRoundUseCase openRoundUseCase(RoundServices rounds) {
        return rounds.openRound();
    }

    @Bean
    ReopenRoundUseCase reopenRoundUseCase(RoundServices rounds) {
        return rounds.reopenRound();
    }

    @Bean
    CloseRoundUseCase closeRoundUseCase(RoundServices rounds) {
        return rounds.closeRound();
    }

    @Bean
    PublishRoundUseCase publishRoundUseCase(RoundServices rounds) {
        return rounds.publishRound();
    }

    @Bean
    PublishCorrectionUseCase publishCorrectionUseCase(RoundServices rounds) {
        return rounds.publishCorrection();
    }

    @Bean
    RecordScoreUseCase recordScoreUseCase(RoundServices rounds) {
        return rounds.recordScore();
    }

    @Bean
    RecordScoresUseCase recordScoresUseCase(RoundServices rounds) {
        return rounds.recordScores();
    }

    @Bean
    RemoveScoreUseCase removeScoreUseCase(RoundServices rounds) {
        return rounds.removeScore();
    }

    @Bean
    MarkApplicableUseCase markApplicableUseCase(RoundServices rounds) {
        return rounds.markApplicable();
    }

    @Bean
    GetRoundUseCase getRoundUseCase(LoadRoundSummariesPort loadRounds) {
        return RoundServices.getRound(loadRounds);
    }

    @Bean
    AddFindingUseCase addFindingUseCase(RoundServices rounds) {
        return rounds.addFinding();
    }

    @Bean
    RemoveFindingUseCase removeFindingUseCase(RoundServices rounds) {
        return rounds.removeFinding();
    }

    @Bean
    RaiseRectificationUseCase raiseRectificationUseCase(RoundServices rounds) {
        return rounds.raiseRectification();
    }

    @Bean
    CheckRectificationUseCase checkRectificationUseCase(RoundServices rounds) {
        return rounds.checkRectification();
    }

    @Bean
    ListResultsUseCase listResultsUseCase(ResultQueries queries) {
        return queries.listResults();
    }

    @Bean
    ExplainResultUseCase explainResultUseCase(ResultQueries queries) {
        return queries.explainResult();
    }

    @Bean
    ListMissingScoresUseCase listMissingScoresUseCase(ResultQueries queries) {
        return queries.listMissingScores();
    }

    @Bean
    PreviewNoticeUseCase previewNoticeUseCase(ResultQueries queries) {
        return queries.previewNotice();
    }

    @Bean
    ListPublicationsUseCase listPublicationsUseCase(ResultQueries queries) {
        return queries.listPublications();
    }

    @Bean
    UnitHistoryUseCase unitHistoryUseCase(ResultQueries queries, UnitRegistryPort registry, FindRoundsOfUnitsPort findRounds) {
        return queries.unitHistory(registry, findRounds);
    }

    @Bean
    RegisterUnitUseCase registerUnitUseCase(UnitServices units) {
        return units.registerUnit();
    }

    @Bean
    RenameUnitUseCase renameUnitUseCase(UnitServices units) {
        return units.renameUnit();
    }

    @Bean
    LinkPredecessorsUseCase linkPredecessorsUseCase(UnitServices units) {
        return units.linkPredecessors();
    }

    @Bean
    ListUnitsUseCase listUnitsUseCase(UnitServices units) {
        return units.listUnits();
    }

    @Bean
    DefineDisplayPrecisionUseCase defineDisplayPrecisionUseCase(RoundServices rounds) {
        return rounds.defineDisplayPrecision();
    }

    @Bean
    DefineSpreadLimitUseCase defineSpreadLimitUseCase(RoundServices rounds) {
        return rounds.defineSpreadLimit();
    }

    @Bean
    DefineNoticeSettingsUseCase defineNoticeSettingsUseCase(RoundServices rounds) {
        return rounds.defineNoticeSettings();
    }

    @Bean
    GetUnitUseCase getUnitUseCase(UnitServices units) {
        return units.getUnit();
    }
}
