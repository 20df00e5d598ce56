package com.pingyi.evaluation.ui.people;

import com.pingyi.evaluation.application.readmodel.IssuedPassword;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a temporary password once, to be handed to its person; it is stored only as a hash and cannot be shown again. */
class IssuedPasswordDialog extends Dialog {

    IssuedPasswordDialog(IssuedPassword issued) {
        setHeaderTitle(getTranslation("users.issued.title", issued.user().username()));
        TextField password = new TextField();
        password.setId("issued-password");
        password.setValue(issued.temporaryPassword());
        password.setReadOnly(true);
        password.setWidthFull();
        password.getStyle().set("font-family", "monospace");
        add(new Paragraph(getTranslation("users.issued.text")), password);
        Button done = new Button(getTranslation("users.issued.done"), click -> close());
        done.setId("issued-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
        setWidth("28rem");
    }
}
