package com.pingyi.evaluation.ui.expert;

import com.pingyi.evaluation.application.port.in.account.ListUsers;
import com.pingyi.evaluation.application.port.in.account.ListUsersUseCase;
import com.pingyi.evaluation.application.port.in.account.UserFilter;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.expert.AssignExpert;
import com.pingyi.evaluation.application.port.in.expert.AssignExpertUseCase;
import com.pingyi.evaluation.application.port.in.expert.GetAssignmentMatrix;
import com.pingyi.evaluation.application.port.in.expert.GetAssignmentMatrixUseCase;
import com.pingyi.evaluation.application.port.in.expert.RemoveScorer;
import com.pingyi.evaluation.application.port.in.expert.RemoveScorerUseCase;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.RegisterScorer;
import com.pingyi.evaluation.application.port.in.round.RegisterScorerUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.AssignmentMatrix;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.pingyi.evaluation.ui.layout.RoundNav;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A round's experts and what each of them scores. The overview counts the experts of every unit x
 * dimension so that gaps show; choosing an expert turns the cells into checkboxes over that expert's
 * pairs, saved as one set (all or nothing). Conflicts of interest are marked and cannot be ticked; the
 * use cases refuse them in any case. Auditors, and everybody once the round is closed, read only.
 */
@Route("rounds/:roundId/experts")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class AssignmentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GetAssignmentMatrixUseCase getMatrix;
    private final RegisterScorerUseCase registerScorer;
    private final AssignExpertUseCase assignExpert;
    private final RemoveScorerUseCase removeScorer;
    private final ListUsersUseCase listUsers;
    private final boolean admin;
    private final H2 heading = new H2();
    private final Div nav = new Div();
    private final Paragraph intro = new Paragraph();
    private final Button addExpert = new Button(VaadinIcon.PLUS.create());
    private final Grid<AssignmentMatrix.Expert> experts = new Grid<>();
    private final H3 matrixTitle = new H3();
    private final Button overview = new Button(VaadinIcon.GRID_SMALL.create());
    private final AssignmentGrid grid;
    private final Span ticked = new Span();
    private final HorizontalLayout saveBar = new HorizontalLayout();
    private RoundId round;
    private AssignmentMatrix matrix;
    private AssignmentMatrix.Expert selected;

    public AssignmentsView(GetAssignmentMatrixUseCase getMatrix, RegisterScorerUseCase registerScorer, AssignExpertUseCase assignExpert,
                           RemoveScorerUseCase removeScorer, ListUsersUseCase listUsers, AuthenticationContext authentication) {
        this.listUsers = listUsers;
        this.getMatrix = getMatrix;
        this.registerScorer = registerScorer;
        this.assignExpert = assignExpert;
        this.removeScorer = removeScorer;
        this.admin = authentication.hasRole(Roles.ADMIN);
        this.grid = new AssignmentGrid((filter, page) -> getMatrix.getAssignmentMatrix(new GetAssignmentMatrix(round, filter, page)),
                this::showTicked);
        addClassName("page-view");
        setSizeFull();
        intro.addClassName("view-intro");

        addExpert.setText(getTranslation("experts.add"));
        addExpert.setId("add-expert");
        addExpert.addClickListener(click -> openExpertDialog());
        experts.setId("experts-grid");
        experts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        experts.addColumn(AssignmentMatrix.Expert::name).setKey("name").setHeader(getTranslation("experts.column.name")).setAutoWidth(true)
                .setFlexGrow(0);
        experts.addColumn(e -> getTranslation("experts.pairs", e.pairs().size())).setKey("pairs")
                .setHeader(getTranslation("experts.column.pairs")).setAutoWidth(true).setFlexGrow(0);
        experts.addColumn(e -> e.conflicts().values().stream().sorted().collect(Collectors.joining("、"))).setKey("conflicts")
                .setHeader(getTranslation("experts.column.conflicts")).setFlexGrow(1);
        experts.addColumn(new ComponentRenderer<>(this::removeButton)).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        experts.setEmptyStateText(getTranslation("experts.empty"));
        experts.addItemClickListener(click -> leaveThen(() -> showExpert(click.getItem())));
        experts.setWidth("21rem");

        overview.setText(getTranslation("experts.overview"));
        overview.setId("experts-overview");
        overview.addClickListener(click -> leaveThen(this::showOverview));
        TextField filter = new TextField();
        filter.setId("unit-filter");
        filter.setPlaceholder(getTranslation("experts.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> grid.filter(change.getValue()));

        Button save = new Button(getTranslation("experts.save"), click -> save());
        save.setId("save-assignments");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button revert = new Button(getTranslation("experts.revert"), click -> showExpert(selected));
        revert.setId("revert-assignments");
        ticked.setId("ticked-count");
        saveBar.add(ticked, revert, save);
        saveBar.setAlignItems(Alignment.BASELINE);

        HorizontalLayout matrixBar = new HorizontalLayout(matrixTitle, filter, overview);
        matrixBar.setAlignItems(Alignment.BASELINE);
        matrixBar.setWidthFull();
        matrixTitle.getStyle().set("margin", "0 auto 0 0");
        VerticalLayout expertPanel = new VerticalLayout(new H3(getTranslation("experts.list")), addExpert, experts);
        expertPanel.setPadding(false);
        expertPanel.setWidth("auto");
        expertPanel.setFlexGrow(1, experts);
        VerticalLayout matrixPanel = new VerticalLayout(matrixBar, grid, saveBar);
        matrixPanel.setPadding(false);
        matrixPanel.setFlexGrow(1, grid);
        HorizontalLayout body = new HorizontalLayout(expertPanel, matrixPanel);
        body.setSizeFull();
        body.setFlexGrow(1, matrixPanel);
        nav.setWidthFull();
        add(nav, heading, intro, body);
        setFlexGrow(1, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        round = RoundId.of(event.getRouteParameters().get("roundId").orElse(""));
        reload();
        showOverview();
    }

    /** Reads the round's experts and state again; the version in it goes with the next command. */
    private void reload() {
        matrix = getMatrix.getAssignmentMatrix(new GetAssignmentMatrix(round, "", PageRequest.first(1)));
        heading.setText(matrix.round().title());
        nav.removeAll();
        nav.add(new RoundNav(round, matrix.round().title(), RoundNav.Page.EXPERTS));
        String status = getTranslation("round.status." + matrix.round().status().name());
        intro.setText(getTranslation(matrix.changeable() ? "experts.intro" : "experts.intro.frozen", status));
        experts.setItems(matrix.experts());
        addExpert.setVisible(canChange());
    }

    private boolean canChange() {
        return admin && matrix.changeable();
    }

    private RoundRef ref() {
        return new RoundRef(round, matrix.round().version());
    }

    private void showOverview() {
        selected = null;
        experts.deselectAll();
        matrixTitle.setText(getTranslation("experts.overview.title"));
        overview.setVisible(false);
        saveBar.setVisible(false);
        grid.showOverview(matrix);
    }

    private void showExpert(AssignmentMatrix.Expert expert) {
        selected = expert;
        experts.select(expert);
        matrixTitle.setText(getTranslation("experts.matrix.title", expert.name()));
        overview.setVisible(true);
        saveBar.setVisible(canChange());
        grid.showExpert(matrix, expert, canChange());
        showTicked();
    }

    private void showTicked() {
        ticked.setText(getTranslation("experts.selected", grid.selection().size()));
    }

    /** Leaving an expert with unsaved ticks asks first; nothing is sent until Save. */
    private void leaveThen(Runnable next) {
        if (!grid.dirty()) {
            next.run();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("experts.unsaved.title"),
                getTranslation("experts.unsaved.confirm", selected.name()), getTranslation("experts.unsaved.discard"), event -> next.run());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void save() {
        Set<Assignment> pairs = grid.selection();
        if (DomainErrors.attempt(this, () -> assignExpert.assignExpert(new AssignExpert(ref(), selected.id(), pairs)))) {
            Notification.show(getTranslation("experts.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
            matrix.expert(selected.id()).ifPresentOrElse(this::showExpert, this::showOverview);
        }
    }

    private Button removeButton(AssignmentMatrix.Expert expert) {
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("experts.remove.title", expert.name()),
                    getTranslation("experts.remove.confirm"), getTranslation("experts.remove"), event -> {
                        if (DomainErrors.attempt(this, () -> removeScorer.removeScorer(new RemoveScorer(ref(), expert.id())))) {
                            Notification.show(getTranslation("experts.removed", expert.name()));
                            reload();
                            showOverview();
                        }
                    });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        remove.setId("remove-" + expert.id().value());
        remove.setAriaLabel(getTranslation("experts.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setVisible(canChange());
        return remove;
    }

    private void openExpertDialog() {
        Set<String> taken = matrix.experts().stream().map(e -> e.id().value()).collect(Collectors.toSet());
        int next = 1;
        while (taken.contains(String.format("expert-%02d", next))) {
            next++;
        }
        new ExpertDialog(String.format("expert-%02d", next),
                (filter, page) -> getMatrix.getAssignmentMatrix(new GetAssignmentMatrix(round, filter, page)).units().items().stream()
                        .map(row -> new ExpertDialog.UnitChoice(row.unit(), row.name())).toList(),
                (filter, page) -> listUsers.listUsers(new ListUsers(new UserFilter(filter, Role.EXPERT), page)).items().stream()
                        .map(user -> new ExpertDialog.AccountChoice(user.username(), user.displayName(),
                                user.affiliations().entrySet().stream()
                                        .map(a -> new ExpertDialog.UnitChoice(a.getKey(), a.getValue())).toList()))
                        .toList(),
                this::register).open();
    }

    private boolean register(Scorer expert) {
        boolean done = DomainErrors.attempt(this, () -> registerScorer.registerScorer(new RegisterScorer(ref(), expert)));
        if (done) {
            Notification.show(getTranslation("experts.registered", expert.name()));
            reload();
            matrix.expert(expert.id()).ifPresent(this::showExpert);
        }
        return done;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("experts.page-title");
    }
}
