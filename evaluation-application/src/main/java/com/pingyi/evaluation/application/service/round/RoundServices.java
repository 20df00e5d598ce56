package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.port.out.ResultsSnapshotPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.service.access.Access;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import com.pingyi.evaluation.application.port.in.round.CreateRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.CloneRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.RenameRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.DefineSchemeUseCase;
import com.pingyi.evaluation.application.port.in.round.AmendSchemeUseCase;
import com.pingyi.evaluation.application.port.in.round.DefineGradeScaleUseCase;
import com.pingyi.evaluation.application.port.in.round.EnrolUnitUseCase;
import com.pingyi.evaluation.application.port.in.round.WithdrawUnitUseCase;
import com.pingyi.evaluation.application.port.in.round.RegisterScorerUseCase;
import com.pingyi.evaluation.application.port.in.round.OpenRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.ReopenRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.CloseRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.PublishRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.PublishCorrectionUseCase;
import com.pingyi.evaluation.application.port.in.finding.AddFindingUseCase;
import com.pingyi.evaluation.application.port.in.finding.RemoveFindingUseCase;
import com.pingyi.evaluation.application.port.in.finding.RaiseRectificationUseCase;
import com.pingyi.evaluation.application.port.in.finding.CheckRectificationUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettingsUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.GetUnitSheetUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRoundUnitsUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.port.in.round.DefineNoticeSettingsUseCase;
import com.pingyi.evaluation.application.port.in.round.DefineSpreadLimitUseCase;
import com.pingyi.evaluation.application.port.in.round.DefineDisplayPrecisionUseCase;
import com.pingyi.evaluation.application.port.in.round.MarkApplicableUseCase;
import com.pingyi.evaluation.application.port.in.round.RemoveScoreUseCase;
import com.pingyi.evaluation.application.port.in.round.RecordScoresUseCase;
import com.pingyi.evaluation.application.port.in.round.RecordScoreUseCase;

/**
 * The only way to obtain the round use cases: the services stay package-private, and the wiring
 * (which lives with the runnable app) sees nothing but the input ports.
 */
public final class RoundServices {

    private final RoundChanges changes;
    private final ResultsSnapshotPort results;

    /**
     * The round use cases with the caller's row-level rules: an expert's pairs, a contact's unit
     * ({@link com.pingyi.evaluation.application.service.access.ScoreAccess}). What the app wires.
     */
    public RoundServices(LoadRoundPort load, SaveRoundPort save, ResultsSnapshotPort results, AuditTrail audit, Access access) {
        this.changes = new RoundChanges(load, save, audit, access);
        this.results = results;
    }

    /** For tests and tools without people: every caller runs the rounds ({@link Access#unrestricted()}). */
    public RoundServices(LoadRoundPort load, SaveRoundPort save, ResultsSnapshotPort results, AuditTrail audit) {
        this(load, save, results, audit, Access.unrestricted());
    }

    public static ListRoundsUseCase listRounds(LoadRoundSummariesPort loadRounds) {
        return new ListRoundsService(loadRounds);
    }

    /** A query: a round's heading and version, read from the rounds list without loading the round. */
    public static GetRoundUseCase getRound(LoadRoundSummariesPort loadRounds) {
        return new GetRoundService(loadRounds);
    }

    /** A query: the scheme and bands as they stand, read through the same loader. */
    public GetRoundSettingsUseCase getRoundSettings() {
        return new GetRoundSettingsService(changes);
    }

    /** A query: one unit's score sheet, read through the same loader. */
    public GetUnitSheetUseCase getUnitSheet() {
        return new GetUnitSheetService(changes);
    }

    /** A query: the round's units, page by page, read through the same loader. */
    public ListRoundUnitsUseCase listRoundUnits() {
        return new ListRoundUnitsService(changes);
    }

    public CreateRoundUseCase createRound() {
        return new CreateRoundService(changes);
    }

    public CloneRoundUseCase cloneRound() {
        return new CloneRoundService(changes);
    }

    public RenameRoundUseCase renameRound() {
        return new RenameRoundService(changes);
    }

    public DefineSchemeUseCase defineScheme() {
        return new DefineSchemeService(changes);
    }

    public AmendSchemeUseCase amendScheme() {
        return new AmendSchemeService(changes);
    }

    public DefineGradeScaleUseCase defineGradeScale() {
        return new DefineGradeScaleService(changes);
    }

    public EnrolUnitUseCase enrolUnit() {
        return new EnrolUnitService(changes);
    }

    public WithdrawUnitUseCase withdrawUnit() {
        return new WithdrawUnitService(changes);
    }

    public RegisterScorerUseCase registerScorer() {
        return new RegisterScorerService(changes);
    }

    public OpenRoundUseCase openRound() {
        return new OpenRoundService(changes);
    }

    public ReopenRoundUseCase reopenRound() {
        return new ReopenRoundService(changes, results);
    }

    public CloseRoundUseCase closeRound() {
        return new CloseRoundService(changes, results);
    }

    public PublishRoundUseCase publishRound() {
        return new PublishRoundService(changes);
    }

    public PublishCorrectionUseCase publishCorrection() {
        return new PublishCorrectionService(changes, results);
    }

    public RecordScoreUseCase recordScore() {
        return new RecordScoreService(changes);
    }

    public RecordScoresUseCase recordScores() {
        return new RecordScoresService(changes);
    }

    public RemoveScoreUseCase removeScore() {
        return new RemoveScoreService(changes);
    }

    public MarkApplicableUseCase markApplicable() {
        return new MarkApplicableService(changes);
    }

    public AddFindingUseCase addFinding() {
        return new AddFindingService(changes);
    }

    public RemoveFindingUseCase removeFinding() {
        return new RemoveFindingService(changes);
    }

    public RaiseRectificationUseCase raiseRectification() {
        return new RaiseRectificationService(changes);
    }

    public CheckRectificationUseCase checkRectification() {
        return new CheckRectificationService(changes);
    }

    public DefineDisplayPrecisionUseCase defineDisplayPrecision() {
        return new DefineDisplayPrecisionService(changes);
    }

    public DefineSpreadLimitUseCase defineSpreadLimit() {
        return new DefineSpreadLimitService(changes);
    }

    public DefineNoticeSettingsUseCase defineNoticeSettings() {
        return new DefineNoticeSettingsService(changes);
    }
}
