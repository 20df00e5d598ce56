package com.pingyi.evaluation.ui.audit;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.audit.AuditFilter;
import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrail;
import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrailUseCase;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.readmodel.AuditEntryView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Every change, newest first, page by page, filterable by who and by use case; before and after shown per entry. */
@Route("audit")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final QueryAuditTrailUseCase queryAuditTrail;
    private final TextField actor = new TextField();
    private final TextField useCase = new TextField();
    private final Grid<AuditEntryView> grid = new Grid<>();

    public AuditTrailView(QueryAuditTrailUseCase queryAuditTrail) {
        this.queryAuditTrail = queryAuditTrail;
        addClassName("page-view");
        setSizeFull();

        actor.setLabel(getTranslation("audit.filter.actor"));
        useCase.setLabel(getTranslation("audit.filter.use-case"));
        for (TextField field : new TextField[] {actor, useCase}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        }

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> TIME.format(e.at())).setHeader(getTranslation("audit.column.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntryView::actor).setKey("actor").setHeader(getTranslation("audit.column.actor")).setAutoWidth(true);
        grid.addColumn(e -> named("operation.", e.useCase())).setKey("useCase").setHeader(getTranslation("audit.column.use-case")).setAutoWidth(true);
        grid.addColumn(e -> named("aggregate.", e.aggregateType())).setHeader(getTranslation("audit.column.aggregate")).setAutoWidth(true);
        grid.addColumn(AuditEntryView::aggregateId).setHeader(getTranslation("audit.column.id")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(
                query -> queryAuditTrail.queryAuditTrail(new QueryAuditTrail(filter(), new PageRequest(query.getOffset(), query.getLimit())))
                        .items().stream(),
                query -> (int) queryAuditTrail.queryAuditTrail(new QueryAuditTrail(filter(), PageRequest.first(1))).total());

        add(new H2(getTranslation("audit.heading")), new HorizontalLayout(actor, useCase), grid);
        setFlexGrow(1, grid);
    }

    /** The translated name of an operation or object; an entry older than its translation keeps its code. */
    private String named(String prefix, String code) {
        String name = getTranslation(prefix + code);
        return name.startsWith("!") ? code : name;
    }

    private AuditFilter filter() {
        return new AuditFilter(null, null, blankToNull(actor.getValue()), blankToNull(useCase.getValue()), null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Div details(AuditEntryView entry) {
        Pre before = new Pre(entry.before() == null ? "—" : entry.before());
        Pre after = new Pre(entry.after() == null ? "—" : entry.after());
        Div box = new Div(new Div(getTranslation("audit.before")), before, new Div(getTranslation("audit.after")), after);
        box.addClassName("audit-details");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.page-title");
    }
}
