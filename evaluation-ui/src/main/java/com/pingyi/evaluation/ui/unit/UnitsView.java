package com.pingyi.evaluation.ui.unit;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.unit.GetUnit;
import com.pingyi.evaluation.application.port.in.unit.GetUnitUseCase;
import com.pingyi.evaluation.application.port.in.unit.LinkPredecessorsUseCase;
import com.pingyi.evaluation.application.port.in.unit.ListUnits;
import com.pingyi.evaluation.application.port.in.unit.ListUnitsUseCase;
import com.pingyi.evaluation.application.port.in.unit.RegisterUnit;
import com.pingyi.evaluation.application.port.in.unit.RegisterUnitUseCase;
import com.pingyi.evaluation.application.port.in.unit.RenameUnitUseCase;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.pingyi.evaluation.ui.result.UnitHistoryView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * The registry of units, which outlives any one round: search, register, rename, and link a unit
 * to the units it succeeded (districts merge), so that its history continues across the merger.
 */
@Route("units")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private final ListUnitsUseCase listUnits;
    private final GetUnitUseCase getUnit;
    private final TextField search = new TextField();
    private final Grid<RegisteredUnitView> grid = new Grid<>();

    public UnitsView(ListUnitsUseCase listUnits, GetUnitUseCase getUnit, RegisterUnitUseCase registerUnit, RenameUnitUseCase renameUnit,
                     LinkPredecessorsUseCase linkPredecessors, AuthenticationContext authentication) {
        this.listUnits = listUnits;
        this.getUnit = getUnit;
        addClassName("page-view");
        setSizeFull();

        search.setId("unit-search");
        search.setPlaceholder(getTranslation("units.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        TextField newName = new TextField();
        newName.setId("new-unit-name");
        newName.setPlaceholder(getTranslation("units.new.placeholder"));
        Button register = new Button(getTranslation("units.register"), VaadinIcon.PLUS.create(), click -> {
            if (DomainErrors.attempt(this, () -> registerUnit.registerUnit(new RegisterUnit(newName.getValue())))) {
                Notification.show(getTranslation("units.registered", newName.getValue().strip()));
                newName.clear();
                grid.getDataProvider().refreshAll();
            }
        });
        register.setId("register-unit");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout adding = new HorizontalLayout(newName, register);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // Auditors read the registry; the use cases would refuse them anyway.
        adding.setVisible(authentication.hasRole(Roles.ADMIN));

        grid.setId("units-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(RegisteredUnitView::name).setKey("name").setHeader(getTranslation("units.column.name")).setFlexGrow(1);
        grid.addColumn(this::predecessorNames).setKey("predecessors").setHeader(getTranslation("units.column.predecessors")).setFlexGrow(1);
        Grid.Column<RegisteredUnitView> history = grid.addComponentColumn(unit -> {
            RouterLink link = new RouterLink(getTranslation("history.link"), UnitHistoryView.class,
                    new RouteParameters("unitId", unit.id().toString()));
            link.setId("history-" + unit.id());
            return link;
        }).setKey("history").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("units.empty"));
        grid.setItems(
                query -> listUnits.listUnits(new ListUnits(search.getValue(), new PageRequest(query.getOffset(), query.getLimit()))).items().stream(),
                query -> (int) listUnits.listUnits(new ListUnits(search.getValue(), PageRequest.first(1))).total());
        if (authentication.hasRole(Roles.ADMIN)) {
            // a click on the history link navigates; it must not open the editor too
            grid.addItemClickListener(click -> {
                if (click.getColumn() != history) {
                    new UnitDialog(click.getItem(), listUnits, renameUnit, linkPredecessors, () -> grid.getDataProvider().refreshAll()).open();
                }
            });
        }

        Paragraph intro = new Paragraph(getTranslation("units.intro"));
        intro.addClassName("view-intro");
        add(new H2(getTranslation("units.heading")), intro, new HorizontalLayout(search, adding), grid);
        setFlexGrow(1, grid);
    }

    private String predecessorNames(RegisteredUnitView unit) {
        // Only the rows on screen are rendered, each with a predecessor or two: one lookup by id each.
        return unit.predecessors().stream()
                .map(id -> getUnit.getUnit(new GetUnit(id)).name())
                .sorted().collect(Collectors.joining("、"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.page-title");
    }
}
