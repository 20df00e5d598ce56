package com.pingyi.evaluation.ui.scoring;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.GetUnitSheet;
import com.pingyi.evaluation.application.port.in.round.GetUnitSheetUseCase;
import com.pingyi.evaluation.application.port.in.round.MarkApplicable;
import com.pingyi.evaluation.application.port.in.round.MarkApplicableUseCase;
import com.pingyi.evaluation.application.port.in.round.RecordScore;
import com.pingyi.evaluation.application.port.in.round.RecordScoreUseCase;
import com.pingyi.evaluation.application.port.in.round.RemoveScore;
import com.pingyi.evaluation.application.port.in.round.RemoveScoreUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.readmodel.UnitScoreSheet;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.pingyi.evaluation.ui.layout.RoundNav;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scoring one unit at a time: every indicator of the round with what is recorded and an input for
 * its kind. Each command carries the version of the last state seen, so nobody overwrites a change
 * they have not seen; a refused command saves nothing and says which rule it broke. An expert sees and
 * enters only their pairs, a unit contact only their unit's self-inspection, an auditor reads: the use
 * case decides what the sheet holds, {@link ScoringMode} which inputs are drawn.
 */
@Route("rounds/:roundId/scoring")
@RolesAllowed({Roles.ADMIN, Roles.EXPERT, Roles.UNIT_CONTACT, Roles.AUDITOR})
public class ScoringView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, ScoreCommands {

    private final GetUnitSheetUseCase getUnitSheet;
    private final RecordScoreUseCase recordScore;
    private final RemoveScoreUseCase removeScore;
    private final MarkApplicableUseCase markApplicable;
    private final H2 heading = new H2();
    private final Paragraph status = new Paragraph();
    private final ComboBox<UnitScoreSheet.RoundUnit> unitChoice = new ComboBox<>();
    private final Button previous = new Button(VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button(VaadinIcon.ARROW_RIGHT.create());
    private final VerticalLayout lines = new VerticalLayout();
    private final List<IndicatorLine> shown = new ArrayList<>();
    private final GetRoundUseCase getRound;
    private final Div nav = new Div();
    private RoundId round;
    private UnitScoreSheet sheet;
    private long version;
    private boolean switching;
    private final ScoringMode mode;

    public ScoringView(GetUnitSheetUseCase getUnitSheet, RecordScoreUseCase recordScore, RemoveScoreUseCase removeScore,
                       MarkApplicableUseCase markApplicable, GetRoundUseCase getRound, AuthenticationContext authentication) {
        this.mode = ScoringMode.of(authentication);
        this.getUnitSheet = getUnitSheet;
        this.getRound = getRound;
        this.recordScore = recordScore;
        this.removeScore = removeScore;
        this.markApplicable = markApplicable;
        addClassName("page-view");
        status.addClassName("view-intro");

        unitChoice.setId("scoring-unit");
        unitChoice.setAriaLabel(getTranslation("scoring.unit"));
        unitChoice.setPlaceholder(getTranslation("scoring.unit"));
        unitChoice.setItemLabelGenerator(UnitScoreSheet.RoundUnit::name);
        unitChoice.setWidth("16em");
        unitChoice.addValueChangeListener(e -> {
            if (!switching && e.getValue() != null && e.isFromClient()) {
                show(e.getValue().id());
            }
        });
        previous.setId("scoring-previous");
        previous.setAriaLabel(getTranslation("scoring.previous"));
        previous.addClickListener(click -> step(-1));
        next.setId("scoring-next");
        next.setAriaLabel(getTranslation("scoring.next"));
        next.addClickListener(click -> step(1));
        lines.setPadding(false);
        lines.setSpacing(false);

        HorizontalLayout navigation = new HorizontalLayout(previous, unitChoice, next);
        navigation.setAlignItems(Alignment.BASELINE);
        nav.setWidthFull();
        add(nav, heading, navigation, status, lines);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        round = RoundId.of(event.getRouteParameters().get("roundId").orElse(""));
        nav.removeAll();
        nav.add(new RoundNav(round, getRound.getRound(new GetRound(round)).title(), RoundNav.Page.SCORING));
        UnitId unit = event.getLocation().getQueryParameters().getSingleParameter("unit").map(UnitId::of).orElse(null);
        try {
            show(unit);
        } catch (DomainException notYours) {
            // A unit outside the caller's part (an expert's pairs, a contact's unit): say so, and show their first.
            DomainErrors.show(this, notYours);
            show(null);
        }
    }

    private void show(UnitId unit) {
        sheet = getUnitSheet.getUnitSheet(new GetUnitSheet(round, unit));
        version = sheet.version();
        switching = true;
        unitChoice.setItems(sheet.units());
        sheet.units().stream().filter(u -> u.id().equals(sheet.unit())).findFirst().ifPresent(unitChoice::setValue);
        switching = false;
        int at = position();
        previous.setEnabled(at > 0);
        next.setEnabled(at >= 0 && at < sheet.units().size() - 1);
        heading.setText(sheet.unitName() == null ? getTranslation("scoring.no-units") : sheet.unitName());
        status.setText(getTranslation("scoring.status", getTranslation("round.status." + sheet.status().name()))
                + (sheet.status() == RoundStatus.OPEN ? "" : " " + getTranslation("scoring.not-open")));
        render();
    }

    private void render() {
        lines.removeAll();
        shown.clear();
        String dimension = null;
        for (UnitScoreSheet.Line line : sheet.lines()) {
            if (!Objects.equals(dimension, line.dimensionName())) {
                dimension = line.dimensionName();
                lines.add(new H3(dimension));
            }
            IndicatorLine shownLine = new IndicatorLine(sheet.unit(), line, sheet.scorers(), this,
                    sheet.status() == RoundStatus.OPEN, mode);
            shown.add(shownLine);
            lines.add(shownLine);
        }
    }

    private int position() {
        List<UnitScoreSheet.RoundUnit> units = sheet.units();
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).id().equals(sheet.unit())) {
                return i;
            }
        }
        return -1;
    }

    private void step(int by) {
        int to = position() + by;
        if (to >= 0 && to < sheet.units().size()) {
            show(sheet.units().get(to).id());
        }
    }

    private RoundRef ref() {
        return new RoundRef(round, version);
    }

    /** Runs a command; on success shows the new state, on refusal shows the rule and keeps the sheet as it was. */
    private boolean send(Function<RoundRef, RoundState> command, HasValidation field) {
        try {
            version = command.apply(ref()).version();
        } catch (DomainException e) {
            if (field != null) {
                field.setErrorMessage(DomainErrors.message(this, e));
                field.setInvalid(true);
            }
            DomainErrors.show(this, e);
            return false;
        }
        // The sheet is read again to show what the round now holds; the next command goes with the version just returned.
        long returned = version;
        show(sheet.unit());
        version = returned;
        Notification.show(getTranslation("scoring.saved"), 2000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return true;
    }

    @Override
    public boolean record(ScoreEntry entry, HasValidation field) {
        return send(ref -> recordScore.recordScore(new RecordScore(ref, entry)), field);
    }

    @Override
    public boolean removeScore(IndicatorCode indicator, ScorerId scorer) {
        return send(ref -> removeScore.removeScore(new RemoveScore(ref, sheet.unit(), indicator, scorer)), null);
    }

    @Override
    public boolean markApplicable(IndicatorCode indicator) {
        return send(ref -> markApplicable.markApplicable(new MarkApplicable(ref, sheet.unit(), indicator)), null);
    }

    @Override
    public void recordedFrom(IndicatorLine line) {
        // The lines were drawn anew: find the one after the indicator just recorded.
        for (int i = 0; i < shown.size() - 1; i++) {
            if (shown.get(i).line().code().equals(line.line().code())) {
                shown.get(i + 1).focusInput();
                return;
            }
        }
    }

    UnitScoreSheet sheet() {
        return sheet;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scoring.page-title");
    }
}
