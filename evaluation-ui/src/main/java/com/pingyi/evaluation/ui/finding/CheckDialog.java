package com.pingyi.evaluation.ui.finding;

import com.pingyi.evaluation.application.readmodel.RectificationView;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Records that a carried rectification item was checked and found put right, with what was found. */
class CheckDialog extends Dialog {

    /** Sends the check; refusals go to the consumer. True when the round took it. */
    interface Sender {
        boolean send(String note, Consumer<DomainException> refused);
    }

    final TextArea note = new TextArea();
    final Paragraph refusal = new Paragraph();

    CheckDialog(RectificationView item, Sender sender) {
        setHeaderTitle(getTranslation("findings.check.title", item.unitName()));
        setWidth("min(40rem, 96vw)");
        Paragraph about = new Paragraph(getTranslation("findings.check.item", item.description(), Dates.format(this, item.due())));
        about.addClassName("finding-preview");
        note.setId("check-note");
        note.setLabel(getTranslation("findings.check.note"));
        note.setWidthFull();
        note.setRequiredIndicatorVisible(true);
        refusal.setId("check-refusal");
        refusal.addClassName("finding-refusal");
        refusal.setVisible(false);
        add(about, note, refusal);
        Button save = new Button(getTranslation("findings.check.save"), click -> {
            note.setInvalid(false);
            refusal.setVisible(false);
            if (sender.send(note.getValue(), this::refuse)) {
                close();
            }
        });
        save.setId("check-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void refuse(DomainException e) {
        String message = DomainErrors.message(this, e);
        if (e.messageKey().startsWith("rectification.check-note") || e.messageKey().startsWith("text.")) {
            note.setErrorMessage(message);
            note.setInvalid(true);
        } else {
            refusal.setText(message);
            refusal.setVisible(true);
        }
    }
}
