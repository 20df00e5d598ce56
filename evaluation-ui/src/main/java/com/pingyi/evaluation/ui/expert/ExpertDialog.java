package com.pingyi.evaluation.ui.expert;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Registers an expert with the round: the id their scores are recorded under, their name, and the units
 * they are affiliated with, which they will never be assigned (conflict of interest). The units are
 * looked up as the admin types, a page at a time.
 */
class ExpertDialog extends Dialog {

    /** A unit of the round, as the affiliation field offers it. */
    record UnitChoice(UnitId id, String name) {
    }

    /** {@code register}: sends the command; true when it went through (a refusal is shown by the caller's rules). */
    ExpertDialog(String suggestedId, BiFunction<String, PageRequest, List<UnitChoice>> units, Predicate<Scorer> register) {
        setHeaderTitle(getTranslation("experts.dialog.title"));

        TextField id = new TextField(getTranslation("experts.dialog.id"));
        id.setId("expert-id");
        id.setValue(suggestedId);
        id.setHelperText(getTranslation("experts.dialog.id.hint"));
        id.setWidthFull();

        TextField name = new TextField(getTranslation("experts.dialog.name"));
        name.setId("expert-name");
        name.setWidthFull();

        MultiSelectComboBox<UnitChoice> affiliations = new MultiSelectComboBox<>(getTranslation("experts.dialog.affiliations"));
        affiliations.setId("expert-affiliations");
        affiliations.setItemLabelGenerator(UnitChoice::name);
        affiliations.setWidthFull();
        affiliations.setItems(query -> units.apply(query.getFilter().orElse(""),
                new PageRequest(query.getOffset(), query.getLimit())).stream());

        Button add = new Button(getTranslation("experts.dialog.add"), click -> {
            boolean[] registered = {false};
            // The id and the name are checked by the domain's own value objects, in the user's language.
            DomainErrors.attempt(this, () -> registered[0] = register.test(Scorer.expert(ScorerId.of(id.getValue().strip()),
                    name.getValue(), affiliations.getValue().stream().map(UnitChoice::id).toArray(UnitId[]::new))));
            if (registered[0]) {
                close();
            }
        });
        add.setId("expert-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());

        FormLayout form = new FormLayout(id, name, affiliations);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(cancel, add);
        setWidth("32rem");
    }
}
