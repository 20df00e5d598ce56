package com.pingyi.evaluation.ui.finding;

import com.pingyi.evaluation.application.readmodel.StatisticFigure;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The "insert statistic" picker of the findings editor: the statistics the round offers, each with the
 * figure it gives now, and the ones the text already quotes as {0}, {1}, ... with a way to drop one.
 * The figures come from the query; nothing here counts.
 */
class StatisticPicker extends VerticalLayout {

    final ComboBox<StatisticFigure> options = new ComboBox<>();
    final Button insert = new Button();
    private final Div quoted = new Div();
    private final IntConsumer unquote;

    StatisticPicker(List<StatisticFigure> offered, Consumer<StatisticFigure> onInsert, IntConsumer unquote) {
        this.unquote = unquote;
        setPadding(false);
        setSpacing(false);
        options.setId("statistic-options");
        options.setLabel(getTranslation("findings.picker.label"));
        options.setPlaceholder(getTranslation("findings.picker.placeholder"));
        options.setHelperText(offered.isEmpty() ? getTranslation("findings.picker.none")
                : getTranslation("findings.picker.help"));
        options.setItems(offered);
        options.setItemLabelGenerator(s -> StatisticText.withFigure(this, s));
        options.setClearButtonVisible(true);
        options.setWidthFull();
        options.setEnabled(!offered.isEmpty());
        insert.setText(getTranslation("findings.picker.insert"));
        insert.setIcon(VaadinIcon.PLUS.create());
        insert.setId("statistic-insert");
        insert.setEnabled(false);
        insert.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        options.addValueChangeListener(e -> insert.setEnabled(e.getValue() != null));
        insert.addClickListener(click -> {
            if (options.getValue() != null) {
                onInsert.accept(options.getValue());
                options.clear();
            }
        });
        HorizontalLayout row = new HorizontalLayout(options, insert);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexGrow(1, options);
        quoted.setId("statistics-quoted");
        quoted.addClassName("finding-meta");
        add(row, quoted);
    }

    /** The statistics the text quotes, in placeholder order. */
    void showQuoted(List<StatisticFigure> statistics) {
        quoted.removeAll();
        for (int k = 0; k < statistics.size(); k++) {
            int index = k;
            Span chip = new Span("{" + k + "} " + StatisticText.withFigure(this, statistics.get(k)));
            chip.addClassNames("finding-chip", "statistic");
            Button drop = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> unquote.accept(index));
            drop.setId("statistic-drop-" + k);
            drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            drop.setAriaLabel(getTranslation("findings.picker.drop", "{" + k + "}"));
            chip.add(drop);
            quoted.add(chip);
        }
    }
}
