package com.pingyi.evaluation.ui.scheme;

import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks for the reason an open round's scheme is amended: the amendment is recorded with it. A
 * refused reason is shown on the field; any other refusal closes the dialog and is shown as usual.
 */
class AmendDialog extends Dialog {

    final TextArea reason = new TextArea();

    AmendDialog(Consumer<String> amend) {
        setHeaderTitle(getTranslation("scheme.amend.title"));
        reason.setId("amend-reason");
        reason.setLabel(getTranslation("scheme.amend.reason"));
        reason.setWidth("28rem");
        add(reason);
        Button ok = new Button(getTranslation("scheme.amend.confirm"), e -> {
            reason.setInvalid(false);
            try {
                amend.accept(reason.getValue());
                close();
            } catch (DomainException ex) {
                if (ex.messageKey().startsWith("round.reason")) {
                    reason.setErrorMessage(DomainErrors.message(this, ex));
                    reason.setInvalid(true);
                } else {
                    close();
                    DomainErrors.show(this, ex);
                }
            }
        });
        ok.setId("amend-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("scheme.dialog.cancel"), e -> close()), ok);
    }
}
