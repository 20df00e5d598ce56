package com.pingyi.evaluation.ui.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.EnrolUnitUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRoundUnits;
import com.pingyi.evaluation.application.port.in.round.ListRoundUnitsUseCase;
import com.pingyi.evaluation.application.port.in.round.WithdrawUnitUseCase;
import com.pingyi.evaluation.application.port.in.unit.ListUnitsUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.readmodel.RoundUnitView;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.ui.layout.RoundNav;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * Who takes part in a round: enrolment from the registry while the round is a draft, withdrawal with
 * a recorded reason until it is published (the notice's cross-check accepts a withdrawn unit only with
 * its reason). Lazy: a national round has thousands of units.
 */
@Route("rounds/:roundId/units")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class RoundUnitsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GetRoundUseCase getRound;
    private final ListRoundUnitsUseCase listRoundUnits;
    private final boolean admin;
    private final H2 heading = new H2();
    private final Paragraph status = new Paragraph();
    private final TextField search = new TextField();
    private final Button enrol = new Button();
    private final Grid<RoundUnitView> grid = new Grid<>();
    private final HorizontalLayout back = new HorizontalLayout();
    private RoundState round;

    public RoundUnitsView(GetRoundUseCase getRound, ListRoundUnitsUseCase listRoundUnits, ListUnitsUseCase listUnits,
                          EnrolUnitUseCase enrolUnit, WithdrawUnitUseCase withdrawUnit, AuthenticationContext authentication) {
        this.getRound = getRound;
        this.listRoundUnits = listRoundUnits;
        this.admin = authentication.hasRole(Roles.ADMIN);
        addClassName("page-view");
        setSizeFull();
        status.addClassName("view-intro");

        search.setId("round-unit-search");
        search.setPlaceholder(getTranslation("round-units.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        enrol.setText(getTranslation("round-units.enrol"));
        enrol.setIcon(VaadinIcon.PLUS.create());
        enrol.setId("enrol-unit");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.addClickListener(click -> new EnrolDialog(round, listUnits, enrolUnit, this::changed).open());

        grid.setId("round-units-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(RoundUnitView::position).setKey("position").setHeader(getTranslation("round-units.column.position"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RoundUnitView::name).setKey("name").setHeader(getTranslation("round-units.column.name")).setFlexGrow(1);
        grid.addComponentColumn(this::participation).setKey("participation")
                .setHeader(getTranslation("round-units.column.participation")).setFlexGrow(2);
        grid.addComponentColumn(unit -> withdrawButton(unit, withdrawUnit)).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("round-units.empty"));

        back.setWidthFull();
        HorizontalLayout header = new HorizontalLayout(heading, enrol);
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        add(back, header, status, search, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RoundId id = RoundId.of(event.getRouteParameters().get("roundId").orElse(""));
        show(getRound.getRound(new GetRound(id)));
        grid.setItems(
                query -> listRoundUnits.listRoundUnits(new ListRoundUnits(round.id(), search.getValue(),
                        new PageRequest(query.getOffset(), query.getLimit()))).items().stream(),
                query -> (int) listRoundUnits.listRoundUnits(new ListRoundUnits(round.id(), search.getValue(), PageRequest.first(1))).total());
    }

    private void show(RoundState shown) {
        round = shown;
        heading.setText(getTranslation("round-units.heading", round.title()));
        status.setText(getTranslation("round-units.intro." + round.status().name()));
        // Units join only while the round is a draft: the scheme and the expected scores are counted from them.
        enrol.setVisible(admin && round.status() == RoundStatus.DRAFT);
        back.removeAll();
        back.add(new RoundNav(round.id(), round.title(), RoundNav.Page.UNITS));
    }

    private void changed(RoundState after, String message) {
        show(after);
        Notification.show(message);
        grid.getDataProvider().refreshAll();
    }

    private Component participation(RoundUnitView unit) {
        if (!unit.withdrawn()) {
            Span taking = new Span(getTranslation("round-units.taking-part"));
            taking.getElement().getThemeList().add("badge success");
            return taking;
        }
        Span withdrawn = new Span(getTranslation("round-units.withdrawn", unit.withdrawnOn().toString(), unit.withdrawalReason()));
        withdrawn.getElement().getThemeList().add("badge contrast");
        return withdrawn;
    }

    private Component withdrawButton(RoundUnitView unit, WithdrawUnitUseCase withdrawUnit) {
        Button withdraw = new Button(getTranslation("round-units.withdraw"), click ->
                new WithdrawDialog(round, unit, withdrawUnit, this::changed).open());
        withdraw.setId("withdraw-" + unit.position());
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        withdraw.setVisible(admin && !unit.withdrawn() && round.status() != RoundStatus.PUBLISHED);
        return withdraw;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("round-units.page-title");
    }
}
