package com.pingyi.evaluation.ui.expert;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Registers an expert with the round: the id their scores are recorded under, their name, and the units
 * they are affiliated with, which they will never be assigned (conflict of interest). An expert with an
 * account is picked from the accounts, which fills in all three (their username is the id, so the scores
 * they enter themselves are theirs); an outside expert without one is typed in. Units and accounts are
 * looked up as the admin types, a page at a time.
 */
class ExpertDialog extends Dialog {

    /** A unit of the round, as the affiliation field offers it. */
    record UnitChoice(UnitId id, String name) {
    }

    /** An expert's account, as the account field offers it. */
    record AccountChoice(String username, String displayName, List<UnitChoice> affiliations) {

        String label() {
            return displayName + " (" + username + ")";
        }
    }

    /** {@code register}: sends the command; true when it went through (a refusal is shown by the caller's rules). */
    ExpertDialog(String suggestedId, BiFunction<String, PageRequest, List<UnitChoice>> units,
                 BiFunction<String, PageRequest, List<AccountChoice>> accounts, Predicate<Scorer> register) {
        setHeaderTitle(getTranslation("experts.dialog.title"));

        ComboBox<AccountChoice> account = new ComboBox<>(getTranslation("experts.dialog.account"));
        account.setId("expert-account");
        account.setItemLabelGenerator(AccountChoice::label);
        account.setHelperText(getTranslation("experts.dialog.account.hint"));
        account.setClearButtonVisible(true);
        account.setWidthFull();
        account.setItems(query -> accounts.apply(query.getFilter().orElse(""),
                new PageRequest(query.getOffset(), query.getLimit())).stream());

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

        account.addValueChangeListener(change -> {
            AccountChoice chosen = change.getValue();
            id.setReadOnly(chosen != null);
            if (chosen != null) {
                id.setValue(chosen.username());
                name.setValue(chosen.displayName());
                affiliations.setValue(Set.copyOf(chosen.affiliations()));
            } else {
                id.setValue(suggestedId);
            }
        });

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

        FormLayout form = new FormLayout(account, id, name, affiliations);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(cancel, add);
        setWidth("32rem");
    }
}
