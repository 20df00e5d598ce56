package com.pingyi.evaluation.ui.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.archive.ExportRoundArchiveUseCase;
import com.pingyi.evaluation.application.port.in.archive.ImportRoundArchiveUseCase;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.CloneRound;
import com.pingyi.evaluation.application.port.in.round.CloneRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.CreateRound;
import com.pingyi.evaluation.application.port.in.round.CreateRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRounds;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundFilter;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.ui.people.MyAssignmentsView;
import com.pingyi.evaluation.ui.people.MyUnitView;
import com.pingyi.evaluation.ui.result.ResultsView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** The evaluation rounds, newest year first, loaded page by page. */
@Route("rounds")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.EXPERT, Roles.UNIT_CONTACT})
public class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<RoundSummary> grid = new Grid<>();
    private final IntegerField yearFilter = new IntegerField();
    private final ComboBox<RoundStatus> statusFilter = new ComboBox<>();
    private final ListRoundsUseCase listRounds;

    public RoundsView(ListRoundsUseCase listRounds, CreateRoundUseCase createRound, CloneRoundUseCase cloneRound,
                      ExportRoundArchiveUseCase exportArchive, ImportRoundArchiveUseCase importArchive,
                      AuthenticationContext authentication) {
        addClassName("rounds-view");
        setSizeFull();

        H2 heading = new H2(getTranslation("rounds.heading"));
        Paragraph intro = new Paragraph(getTranslation("rounds.intro"));
        intro.addClassName("view-intro");

        grid.setId("rounds-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(RoundSummary::year).setKey("year").setHeader(getTranslation("rounds.column.year"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RoundSummary::title).setKey("title").setHeader(getTranslation("rounds.column.title")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::statusBadge)).setKey("status")
                .setHeader(getTranslation("rounds.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("rounds.empty"));
        // Each role lands where its part of a round is: the results, an expert's pairs, a contact's unit.
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> {
            if (authentication.hasAnyRole(Roles.ADMIN, Roles.AUDITOR)) {
                ui.navigate(ResultsView.class, new RouteParameters("roundId", click.getItem().id().toString()));
            } else if (authentication.hasRole(Roles.EXPERT)) {
                ui.navigate(MyAssignmentsView.class);
            } else {
                ui.navigate(MyUnitView.class);
            }
        }));
        if (authentication.hasRole(Roles.ADMIN)) {
            grid.addComponentColumn(round -> {
                Button clone = new Button(getTranslation("rounds.clone"), VaadinIcon.COPY.create(), click ->
                        new NewRoundDialog(round, (year, title) -> cloneRound.cloneRound(new CloneRound(round.id(), year, title)),
                                this::created).open());
                clone.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                clone.setId("clone-" + round.year());
                return clone;
            }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        if (authentication.hasAnyRole(Roles.ADMIN, Roles.AUDITOR)) {
            grid.addComponentColumn(round -> RoundArchiveControls.exportLink(this, round, exportArchive))
                    .setKey("archive").setAutoWidth(true).setFlexGrow(0);
        }
        this.listRounds = listRounds;
        yearFilter.setId("rounds-filter-year");
        yearFilter.setPlaceholder(getTranslation("rounds.filter.year"));
        yearFilter.setAriaLabel(getTranslation("rounds.filter.year"));
        yearFilter.setClearButtonVisible(true);
        yearFilter.setValueChangeMode(ValueChangeMode.LAZY);
        yearFilter.setWidth("9em");
        yearFilter.addValueChangeListener(change -> filter());
        statusFilter.setId("rounds-filter-status");
        statusFilter.setPlaceholder(getTranslation("rounds.filter.status"));
        statusFilter.setAriaLabel(getTranslation("rounds.filter.status"));
        statusFilter.setItems(RoundStatus.values());
        statusFilter.setItemLabelGenerator(status -> getTranslation("round.status." + status.name()));
        statusFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(change -> filter());
        filter();

        Button create = new Button(getTranslation("rounds.new"), VaadinIcon.PLUS.create(), click ->
                new NewRoundDialog(null, (year, title) -> createRound.createRound(new CreateRound(year, title)), this::created).open());
        create.setId("new-round");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(authentication.hasRole(Roles.ADMIN));
        HorizontalLayout header = new HorizontalLayout(heading, create);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);
        HorizontalLayout filters = new HorizontalLayout(yearFilter, statusFilter);
        filters.addClassName("filters");
        add(header, intro, filters, grid);
        setFlexGrow(1, grid);
        if (authentication.hasRole(Roles.ADMIN)) {
            add(RoundArchiveControls.importUpload(this, importArchive, imported -> grid.getDataProvider().refreshAll()));
        }
    }

    /** Lazy: the grid asks for the rows it shows of the filtered list, never for the whole table. */
    private void filter() {
        RoundFilter filter = new RoundFilter(yearFilter.getValue(), statusFilter.getValue());
        grid.setItems(
                query -> listRounds.listRounds(new ListRounds(new PageRequest(query.getOffset(), query.getLimit()), filter)).items().stream(),
                query -> (int) listRounds.listRounds(new ListRounds(PageRequest.first(1), filter)).total());
    }

    private Span statusBadge(RoundSummary round) {
        Span badge = new Span(getTranslation("round.status." + round.status().name()));
        badge.addClassNames("status-badge", "status-" + round.status().name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    private void created(RoundState round) {
        Notification.show(getTranslation("rounds.created", round.title()));
        grid.getDataProvider().refreshAll();
    }

    /** What the status column shows for a round, in the user's language (used by tests, too). */
    String statusText(RoundSummary round) {
        return getTranslation("round.status." + round.status().name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rounds.page-title");
    }
}
