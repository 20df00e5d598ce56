package com.pingyi.evaluation.ui.finding;

import com.pingyi.evaluation.application.readmodel.FindingView;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Turns a PROBLEM finding about a unit into a rectification item (整改): what the unit must put right
 * and by when. The item is carried into the next round, where it is checked.
 */
class RaiseDialog extends Dialog {

    /** Sends the item; refusals go to the consumer. True when the round took it. */
    interface Sender {
        boolean send(String description, LocalDate due, Consumer<DomainException> refused);
    }

    final TextArea description = new TextArea();
    final DatePicker due;
    final Paragraph refusal = new Paragraph();

    RaiseDialog(FindingView finding, Sender sender) {
        setHeaderTitle(getTranslation("findings.raise.title", finding.unitName()));
        setWidth("min(40rem, 96vw)");
        Paragraph about = new Paragraph(finding.rendered());
        about.addClassName("finding-preview");
        description.setId("raise-description");
        description.setLabel(getTranslation("findings.raise.description"));
        description.setWidthFull();
        description.setRequiredIndicatorVisible(true);
        due = Dates.picker(this, "findings.raise.due");
        due.setId("raise-due");
        due.setRequiredIndicatorVisible(true);
        due.setMin(LocalDate.now());
        due.setValue(LocalDate.now().plusMonths(3));
        refusal.setId("raise-refusal");
        refusal.addClassName("finding-refusal");
        refusal.setVisible(false);
        add(about, description, due, refusal);
        Button save = new Button(getTranslation("findings.raise.save"), click -> save(sender));
        save.setId("raise-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save(Sender sender) {
        description.setInvalid(false);
        due.setInvalid(false);
        refusal.setVisible(false);
        if (due.getValue() == null) {
            // The command cannot carry a missing date: say so in the domain's words.
            refuse(new DomainException("rectification.due-date-required"));
            return;
        }
        if (sender.send(description.getValue(), due.getValue(), this::refuse)) {
            close();
        }
    }

    private void refuse(DomainException e) {
        String message = DomainErrors.message(this, e);
        if (e.messageKey().startsWith("rectification.description") || e.messageKey().startsWith("text.")) {
            description.setErrorMessage(message);
            description.setInvalid(true);
        } else if (e.messageKey().startsWith("rectification.due")) {
            due.setErrorMessage(message);
            due.setInvalid(true);
        } else {
            refusal.setText(message);
            refusal.setVisible(true);
        }
    }
}
