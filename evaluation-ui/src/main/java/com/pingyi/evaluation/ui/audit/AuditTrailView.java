package com.pingyi.evaluation.ui.audit;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.audit.AuditFilter;
import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrail;
import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrailUseCase;
import com.pingyi.evaluation.application.port.in.export.ExportRoundAudit;
import com.pingyi.evaluation.application.port.in.export.ExportRoundAuditUseCase;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.readmodel.AuditEntryView;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.common.Downloads;
import com.pingyi.evaluation.ui.i18n.TranslationProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Every change, newest first, page by page, filterable by who, by operation, by day and by round
 * ({@code ?round=<id>}, linked from the round's pages); before and after shown per entry.
 */
@Route("audit")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class AuditTrailView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SHANGHAI);
    private static final String ROUND_AGGREGATE = "EvaluationRound";

    private final QueryAuditTrailUseCase queryAuditTrail;
    private final GetRoundUseCase getRound;
    private final TextField actor = new TextField();
    private final ComboBox<String> useCase = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span roundOnly = new Span();
    private final Button allRounds = new Button();
    private final com.vaadin.flow.component.html.Anchor roundCsv;
    private String round;
    private final Grid<AuditEntryView> grid = new Grid<>();

    public AuditTrailView(QueryAuditTrailUseCase queryAuditTrail, ExportRoundAuditUseCase exportRoundAudit, GetRoundUseCase getRound) {
        this.queryAuditTrail = queryAuditTrail;
        this.getRound = getRound;
        // A round's whole trail, whatever the other filters say: the file is the record of the round.
        roundCsv = Downloads.link(this, "audit-download-csv", getTranslation("export.audit.csv"),
                () -> exportRoundAudit.exportRoundAudit(new ExportRoundAudit(RoundId.of(round))));
        addClassName("page-view");
        setSizeFull();

        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setId("audit-filter-actor");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        useCase.setLabel(getTranslation("audit.filter.use-case"));
        useCase.setId("audit-filter-use-case");
        useCase.setWidth("16em");
        // The operations are those the translations name; an entry of an operation without one keeps its code.
        useCase.setItems(TranslationProvider.keysStartingWith("operation.").stream().map(k -> k.substring("operation.".length())).toList());
        useCase.setItemLabelGenerator(code -> named("operation.", code));
        useCase.setClearButtonVisible(true);
        useCase.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        from.setLabel(getTranslation("audit.filter.from"));
        from.setId("audit-filter-from");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setId("audit-filter-to");
        for (DatePicker day : new DatePicker[] {from, to}) {
            day.setClearButtonVisible(true);
            day.setWidth("10em");
            day.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        }
        roundOnly.setId("audit-round-only");
        roundOnly.getElement().getThemeList().add("badge");
        allRounds.setText(getTranslation("audit.filter.all-rounds"));
        allRounds.setId("audit-all-rounds");
        allRounds.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        allRounds.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(AuditTrailView.class)));

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> TIME.format(e.at())).setKey("at").setHeader(getTranslation("audit.column.at")).setAutoWidth(true).setFlexGrow(0);
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

        HorizontalLayout filters = new HorizontalLayout(actor, useCase, from, to, roundOnly, allRounds, roundCsv);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("audit.heading")), filters, grid);
        setFlexGrow(1, grid);
    }

    /** The translated name of an operation or object; an entry older than its translation keeps its code. */
    private String named(String prefix, String code) {
        String name = getTranslation(prefix + code);
        return name.startsWith("!") ? code : name;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        round = event.getLocation().getQueryParameters().getSingleParameter("round").orElse(null);
        roundOnly.setText(round == null ? "" : getTranslation("audit.filter.round-only", roundName(round)));
        roundOnly.setVisible(round != null);
        allRounds.setVisible(round != null);
        roundCsv.setVisible(round != null);
        grid.getDataProvider().refreshAll();
    }

    /** The round by its title; a link to a round that is malformed or no longer exists still names it, by its id. */
    private String roundName(String id) {
        try {
            return getRound.getRound(new GetRound(RoundId.of(id))).title();
        } catch (DomainException unknown) {
            return id;
        }
    }

    /** Days are those of the commission, in Shanghai: "to" includes the whole of its day. */
    private AuditFilter filter() {
        Instant since = from.getValue() == null ? null : from.getValue().atStartOfDay(SHANGHAI).toInstant();
        Instant until = to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(SHANGHAI).toInstant();
        return new AuditFilter(round == null ? null : ROUND_AGGREGATE, round, blankToNull(actor.getValue()), useCase.getValue(), since, until);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Div details(AuditEntryView entry) {
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
