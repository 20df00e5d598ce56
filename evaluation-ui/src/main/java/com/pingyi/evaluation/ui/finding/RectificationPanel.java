package com.pingyi.evaluation.ui.finding;

import com.pingyi.evaluation.application.port.in.finding.ListRectifications;
import com.pingyi.evaluation.application.port.in.finding.ListRectificationsUseCase;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.readmodel.RectificationView;
import com.pingyi.evaluation.domain.round.RoundId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The rectification items (整改) of a round: those raised here from its PROBLEM findings, checked in
 * the next round, and those carried in from the round this one was cloned from, checked here. Both
 * lists are read a page at a time.
 */
class RectificationPanel extends VerticalLayout {

    /** Up to this many rows a list shows whole; past it, it scrolls and fetches page by page. */
    static final int WHOLE = 50;

    private final ListRectificationsUseCase list;
    private final Grid<RectificationView> raised;
    private final Grid<RectificationView> carried;
    private final Paragraph raisedEmpty = new Paragraph();
    private final Paragraph carriedEmpty = new Paragraph();
    private Permissions permissions;
    private Consumer<RectificationView> onCheck;

    RectificationPanel(ListRectificationsUseCase list) {
        this.list = list;
        setId("rectifications");
        setPadding(false);
        addClassName("findings-section");
        raised = grid("raised-grid", false);
        carried = grid("carried-grid", true);
        raisedEmpty.setText(getTranslation("findings.rectification.raised-empty"));
        raisedEmpty.addClassName("muted");
        carriedEmpty.setText(getTranslation("findings.rectification.carried-empty"));
        carriedEmpty.addClassName("muted");
        Paragraph intro = new Paragraph(getTranslation("findings.rectification.intro"));
        intro.addClassName("view-intro");
        add(new H3(getTranslation("findings.rectification.title")), intro,
                new H4(getTranslation("findings.rectification.raised")), raisedEmpty, raised,
                new H4(getTranslation("findings.rectification.carried")), carriedEmpty, carried);
    }

    void show(RoundId round, Permissions allowed, Consumer<RectificationView> check) {
        this.permissions = allowed;
        this.onCheck = check;
        fill(raised, raisedEmpty, round, ListRectifications.Origin.RAISED_HERE);
        fill(carried, carriedEmpty, round, ListRectifications.Origin.CARRIED_IN);
    }

    /**
     * The first page is read once: when it holds every item the list shows it whole; past that, the
     * grid scrolls and asks for the pages it shows.
     */
    private void fill(Grid<RectificationView> grid, Paragraph empty, RoundId round, ListRectifications.Origin origin) {
        Page<RectificationView> first = list.listRectifications(new ListRectifications(round, origin, PageRequest.first(WHOLE)));
        empty.setVisible(first.total() == 0);
        grid.setVisible(first.total() > 0);
        grid.setAllRowsVisible(first.total() <= WHOLE);
        grid.setHeight(first.total() <= WHOLE ? null : "28rem");
        if (first.total() <= WHOLE) {
            grid.setItems(first.items());
            return;
        }
        grid.setItems(query -> list.listRectifications(new ListRectifications(round, origin,
                        new PageRequest(query.getOffset(), query.getLimit()))).items().stream(),
                query -> (int) list.listRectifications(new ListRectifications(round, origin, PageRequest.first(1))).total());
    }

    private Grid<RectificationView> grid(String id, boolean carriedIn) {
        Grid<RectificationView> grid = new Grid<>();
        grid.setId(id);
        grid.setPageSize(WHOLE);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(RectificationView::unitName).setKey("unit").setHeader(getTranslation("findings.rectification.unit"))
                .setAutoWidth(true).setFlexGrow(0);
        if (carriedIn) {
            grid.addColumn(r -> r.raisedInYear() == null ? "—" : r.raisedInYear().toString()).setKey("year")
                    .setHeader(getTranslation("findings.rectification.year")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(r -> r.findingText() == null ? "—" : r.findingText()).setKey("finding")
                .setHeader(getTranslation("findings.rectification.finding")).setFlexGrow(2);
        grid.addColumn(RectificationView::description).setKey("description")
                .setHeader(getTranslation("findings.rectification.description")).setFlexGrow(2);
        grid.addColumn(r -> Dates.format(this, r.due())).setKey("due").setHeader(getTranslation("findings.rectification.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::status)).setKey("status")
                .setHeader(getTranslation("findings.rectification.status")).setAutoWidth(true).setFlexGrow(0);
        if (carriedIn) {
            grid.addColumn(new ComponentRenderer<>(this::checkCell)).setKey("check")
                    .setHeader(getTranslation("findings.rectification.check-note")).setFlexGrow(1);
        }
        return grid;
    }

    private Span status(RectificationView item) {
        Span badge = new Span();
        badge.addClassName("status-badge");
        if (!item.open()) {
            badge.setText(getTranslation("findings.rectification.done"));
            badge.addClassName("status-published");
        } else if (item.overdueOn(LocalDate.now())) {
            badge.setText(getTranslation("findings.rectification.overdue"));
            badge.addClassName("rectification-overdue");
        } else {
            badge.setText(getTranslation("findings.rectification.open"));
            badge.addClassName("status-closed");
        }
        return badge;
    }

    /** A checked item shows the check's note; an open one a button, for an admin while the round allows it. */
    private Component checkCell(RectificationView item) {
        if (!item.open()) {
            return new Span(item.checkNote() == null ? "" : item.checkNote());
        }
        if (permissions == null || !permissions.check()) {
            Span waiting = new Span(getTranslation("findings.rectification.to-check"));
            waiting.addClassName("muted");
            return waiting;
        }
        Button check = new Button(getTranslation("findings.rectification.check"), VaadinIcon.CHECK.create(),
                click -> onCheck.accept(item));
        check.setId("check-" + item.id());
        check.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return check;
    }
}
