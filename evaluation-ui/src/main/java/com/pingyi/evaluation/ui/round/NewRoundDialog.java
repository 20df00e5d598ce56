package com.pingyi.evaluation.ui.round;

import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Year;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Creates a round, empty or cloned from an earlier one (its scheme, bands and units, no scores; its
 * open rectification items come along to be checked).
 */
class NewRoundDialog extends Dialog {

    NewRoundDialog(RoundSummary source, BiFunction<EvaluationYear, String, RoundState> create, Consumer<RoundState> created) {
        setHeaderTitle(source == null ? getTranslation("rounds.new") : getTranslation("rounds.clone.title", source.title()));

        IntegerField year = new IntegerField(getTranslation("rounds.column.year"));
        year.setId("new-round-year");
        year.setValue(source == null ? Year.now().getValue() : source.year() + 1);
        year.setStepButtonsVisible(true);
        TextField title = new TextField(getTranslation("rounds.column.title"));
        title.setId("new-round-title");
        title.setWidthFull();
        title.setValue(getTranslation("rounds.new.default-title", year.getValue()));
        year.addValueChangeListener(change -> {
            if (change.getValue() != null && title.getValue().equals(getTranslation("rounds.new.default-title", change.getOldValue()))) {
                title.setValue(getTranslation("rounds.new.default-title", change.getValue()));
            }
        });

        Button create1 = new Button(getTranslation(source == null ? "rounds.new" : "rounds.clone"), click -> {
            if (year.getValue() == null) {
                year.setInvalid(true);
                year.setErrorMessage(getTranslation("rounds.new.year-required"));
                return;
            }
            RoundState[] made = new RoundState[1];
            if (DomainErrors.attempt(this, () -> made[0] = create.apply(EvaluationYear.of(year.getValue()), title.getValue()))) {
                created.accept(made[0]);
                close();
            }
        });
        create1.setId("create-round");
        create1.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        if (source != null) {
            add(new Paragraph(getTranslation("rounds.clone.explain")));
        }
        add(new FormLayout(year, title));
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create1);
        setWidth("34rem");
    }
}
