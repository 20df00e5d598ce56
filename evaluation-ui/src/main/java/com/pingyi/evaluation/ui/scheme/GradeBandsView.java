package com.pingyi.evaluation.ui.scheme;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.round.DefineGradeScale;
import com.pingyi.evaluation.application.port.in.round.DefineGradeScaleUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettings;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettingsUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.grade.GradeBand;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.pingyi.evaluation.ui.layout.RoundNav;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The grade bands of a round, edited as a working copy. After every change the view tries to build
 * the domain's GradeScale from it, so the rule a save would break (a gap, an overlap, a duplicate
 * label) is named while the admin types, and "Save" is offered only for a scale the domain accepts.
 */
@Route("rounds/:roundId/bands")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class GradeBandsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GetRoundUseCase getRound;
    private final GetRoundSettingsUseCase getSettings;
    private final DefineGradeScaleUseCase defineGradeScale;
    private final boolean admin;

    private final List<BandRow> rows = new ArrayList<>();
    private final Div table = new Div();
    private final BandsBar bar = new BandsBar();
    private final Span problem = new Span();
    private final Button save = new Button();
    private RoundState round;
    private boolean editable;

    public GradeBandsView(GetRoundUseCase getRound, GetRoundSettingsUseCase getSettings,
            DefineGradeScaleUseCase defineGradeScale, AuthenticationContext authentication) {
        this.getRound = getRound;
        this.getSettings = getSettings;
        this.defineGradeScale = defineGradeScale;
        this.admin = authentication.hasRole(Roles.ADMIN);
        addClassName("page-view");
        table.setId("bands-table");
        problem.setId("bands-problem");
        save.setId("bands-save");
        save.setText(getTranslation("bands.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(RoundId.of(event.getRouteParameters().get("roundId").orElse("")));
    }

    private void load(RoundId id) {
        removeAll();
        round = getRound.getRound(new GetRound(id));
        editable = admin && round.status() == RoundStatus.DRAFT;
        GradeScale scale = getSettings.getRoundSettings(new GetRoundSettings(id)).scale();

        add(new RoundNav(id, round.title(), RoundNav.Page.BANDS), new H2(getTranslation("bands.heading", round.title())));
        Paragraph note = new Paragraph(getTranslation(editable ? "bands.note.draft" : "bands.note.frozen",
                getTranslation("round.status." + round.status().name())));
        note.setId("bands-note");
        add(note);
        rows.clear();
        table.removeAll();
        scale.bands().forEach(this::addRow);
        add(table, bar, problem);
        if (editable) {
            Button addBand = new Button(getTranslation("bands.add"), e -> {
                addRow(null);
                refresh();
            });
            addBand.setId("bands-add");
            add(new HorizontalLayout(addBand, save));
        }
        refresh();
    }

    private void addRow(GradeBand band) {
        BandRow row = new BandRow(rows.size(), band, editable, this::refresh, r -> {
            rows.remove(r);
            table.remove(r);
            refresh();
        });
        rows.add(row);
        table.add(row);
    }

    /** The scale the working copy makes, or the named rule it breaks, shown at once. */
    private Optional<GradeScale> refresh() {
        bar.show(rows.stream().map(r -> new BandsBar.Segment(r.label.getValue(), r.lower.getValue(), r.upper.getValue())).toList());
        problem.removeClassNames(LumoUtility.TextColor.ERROR, LumoUtility.TextColor.SUCCESS);
        try {
            GradeScale scale = new GradeScale(rows.stream().map(BandRow::toBand).toList());
            problem.setText(getTranslation("bands.valid"));
            problem.addClassName(LumoUtility.TextColor.SUCCESS);
            problem.getStyle().set("color", "var(--lumo-success-text-color)");
            save.setEnabled(true);
            return Optional.of(scale);
        } catch (DomainException e) {
            problem.setText(DomainErrors.message(this, e));
            problem.addClassName(LumoUtility.TextColor.ERROR);
            // Inline as well: Lumo's utility stylesheet is not loaded by the app.
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            save.setEnabled(false);
            return Optional.empty();
        }
    }

    private void save() {
        refresh().ifPresent(scale -> {
            if (DomainErrors.attempt(this, () -> defineGradeScale.defineGradeScale(
                    new DefineGradeScale(new RoundRef(round.id(), round.version()), scale)))) {
                load(round.id());
                Notification done = Notification.show(getTranslation("bands.saved"));
                done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bands.page-title");
    }
}
