package com.pingyi.evaluation.ui.expert;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.readmodel.AssignmentMatrix;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The matrix: the round's units down, a page at a time (a national round has thousands), its dimensions
 * across. In the overview each cell says how many experts are assigned, so that gaps show. For one expert
 * each cell is a checkbox over a working copy of their pairs; the units they are affiliated with are marked
 * as conflicts of interest and cannot be ticked; a whole row or column can be ticked, or cleared, at once.
 */
class AssignmentGrid extends Grid<AssignmentMatrix.Row> {

    private final BiFunction<String, PageRequest, AssignmentMatrix> source;
    private final Runnable selectionChanged;
    private String filter = "";
    private AssignmentMatrix matrix;
    private AssignmentMatrix.Expert expert;
    private boolean editable;
    private final Set<Assignment> selection = new HashSet<>();
    private Map<ScorerId, String> names = Map.of();
    private final Map<String, Long> totals = new HashMap<>();

    /** {@code source}: a page of the matrix for a unit-name filter; {@code selectionChanged}: after every tick. */
    AssignmentGrid(BiFunction<String, PageRequest, AssignmentMatrix> source, Runnable selectionChanged) {
        this.source = source;
        this.selectionChanged = selectionChanged;
        setId("assignment-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        setPageSize(50);
        // Each page is one read of the round: the count reuses the total of the last read for the same filter.
        setItems(query -> {
            AssignmentMatrix page = source.apply(filter, new PageRequest(query.getOffset(), query.getLimit()));
            totals.put(filter, page.units().total());
            return page.units().items().stream();
        }, query -> totals.computeIfAbsent(filter, f -> source.apply(f, PageRequest.first(1)).units().total()).intValue());
    }

    void filter(String unitName) {
        filter = unitName == null ? "" : unitName.strip();
        getDataProvider().refreshAll();
    }

    void showOverview(AssignmentMatrix shown) {
        matrix = shown;
        expert = null;
        editable = false;
        selection.clear();
        columns();
    }

    void showExpert(AssignmentMatrix shown, AssignmentMatrix.Expert chosen, boolean canChange) {
        matrix = shown;
        expert = chosen;
        editable = canChange;
        selection.clear();
        selection.addAll(chosen.pairs());
        columns();
    }

    Set<Assignment> selection() {
        return Set.copyOf(selection);
    }

    boolean dirty() {
        return expert != null && !selection.equals(expert.pairs());
    }

    private void columns() {
        totals.clear();
        totals.put("", matrix.units().total());
        names = matrix.experts().stream().collect(Collectors.toMap(AssignmentMatrix.Expert::id, AssignmentMatrix.Expert::name));
        removeAllColumns();
        addColumn(new ComponentRenderer<>(this::unitCell)).setKey("unit").setHeader(getTranslation("experts.column.unit"))
                .setWidth(expert != null && editable ? "15rem" : "11rem").setFlexGrow(0);
        for (AssignmentMatrix.Column column : matrix.dimensions()) {
            var added = addColumn(new ComponentRenderer<>(row -> expert == null ? countCell(row, column.code()) : pairCell(row, column.code())))
                    .setKey("dim-" + column.code().value()).setWidth("8rem").setFlexGrow(1).setTextAlign(ColumnTextAlign.CENTER);
            if (expert != null && editable) {
                added.setHeader(columnHeader(column));
            } else {
                added.setHeader(column.name());
            }
        }
        getDataProvider().refreshAll();
    }

    private Component unitCell(AssignmentMatrix.Row row) {
        Span name = new Span(row.name());
        HorizontalLayout cell = new HorizontalLayout(name);
        cell.setSpacing(false);
        cell.addClassName(LumoUtility.Gap.SMALL);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        cell.setWidthFull();
        if (row.withdrawn()) {
            Span withdrawn = new Span(getTranslation("experts.withdrawn"));
            withdrawn.addClassNames("status-badge", "band-unnamed");
            cell.add(withdrawn);
        }
        if (expert != null && editable) {
            Component button = rowButton(row);
            cell.add(button);
            cell.setFlexGrow(1, name);
        }
        return cell;
    }

    private Component countCell(AssignmentMatrix.Row row, DimensionCode dimension) {
        List<ScorerId> assigned = row.assignedTo(dimension);
        Span count = new Span(assigned.isEmpty() ? getTranslation("experts.overview.gap") : String.valueOf(assigned.size()));
        count.addClassName("assigned-count");
        if (!assigned.isEmpty()) {
            count.getElement().setAttribute("title", assigned.stream().map(names::get).collect(Collectors.joining("、")));
        } else if (!row.withdrawn() && matrix.changeable() && !matrix.experts().isEmpty()) {
            // A gap matters while experts can still be assigned, and once the round relies on registered experts at all.
            count.addClassNames("assignment-gap", LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
        } else {
            count.addClassName("muted");
        }
        return count;
    }

    private Component pairCell(AssignmentMatrix.Row row, DimensionCode dimension) {
        Assignment pair = new Assignment(row.unit(), dimension);
        Checkbox tick = new Checkbox(selection.contains(pair));
        tick.setAriaLabel(row.name() + " × " + dimension.value());
        if (expert.conflictsWith(row.unit())) {
            tick.setEnabled(false);
            HorizontalLayout cell = new HorizontalLayout(tick, conflictBadge());
            cell.setSpacing(false);
            cell.setAlignItems(FlexComponent.Alignment.CENTER);
            return cell;
        }
        tick.setEnabled(editable);
        tick.addValueChangeListener(change -> {
            if (change.getValue()) {
                selection.add(pair);
            } else {
                selection.remove(pair);
            }
            selectionChanged.run();
        });
        return tick;
    }

    private Span conflictBadge() {
        Span badge = new Span(getTranslation("experts.conflict"));
        badge.addClassNames("conflict-badge", LumoUtility.Background.ERROR_10, LumoUtility.TextColor.ERROR,
                LumoUtility.FontSize.XSMALL, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Padding.Horizontal.SMALL,
                LumoUtility.BorderRadius.LARGE);
        badge.getElement().setAttribute("title", getTranslation("experts.conflict.hint", expert.name()));
        return badge;
    }

    private Component rowButton(AssignmentMatrix.Row row) {
        Button button = new Button(getTranslation("experts.row"), click -> {
            if (!expert.conflictsWith(row.unit())) {
                toggle(matrix.dimensions().stream().map(c -> new Assignment(row.unit(), c.code())).toList());
                getDataProvider().refreshItem(row);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(getTranslation("experts.row.hint"));
        button.setEnabled(!expert.conflictsWith(row.unit()));
        button.addClassName("row-toggle");
        return button;
    }

    private Component columnHeader(AssignmentMatrix.Column column) {
        Button button = new Button(getTranslation("experts.column"), click -> {
            // Every unit still taking part, not just the page on screen; the expert's own units are left alone.
            toggle(matrix.activeUnits().stream().filter(u -> !expert.conflictsWith(u))
                    .map(u -> new Assignment(u, column.code())).toList());
            getDataProvider().refreshAll();
        });
        button.setId("whole-column-" + column.code().value());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(getTranslation("experts.column.hint"));
        VerticalLayout header = new VerticalLayout(new Span(column.name()), button);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    /** Ticks every pair, or clears them all when every one is ticked already. */
    private void toggle(List<Assignment> pairs) {
        if (selection.containsAll(pairs)) {
            pairs.forEach(selection::remove);
        } else {
            selection.addAll(pairs);
        }
        selectionChanged.run();
    }
}
