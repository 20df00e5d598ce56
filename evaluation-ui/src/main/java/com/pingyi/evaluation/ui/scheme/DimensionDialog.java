package com.pingyi.evaluation.ui.scheme;

import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Texts;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Adds or edits a dimension; the domain's own checks decide what is valid and their words are shown on the field. */
class DimensionDialog extends Dialog {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final BigDecimalField weight = new BigDecimalField();

    DimensionDialog(DimensionDraft existing, Consumer<DimensionDraft> onAccept) {
        setHeaderTitle(getTranslation(existing == null ? "scheme.dimension.add" : "scheme.dimension.edit"));
        code.setLabel(getTranslation("scheme.column.code"));
        code.setId("dimension-code");
        name.setLabel(getTranslation("scheme.column.name"));
        name.setId("dimension-name");
        weight.setLabel(getTranslation("scheme.column.weight"));
        weight.setId("dimension-weight");
        if (existing != null) {
            code.setValue(existing.code);
            name.setValue(existing.name);
            weight.setValue(existing.weight);
        }
        add(new FormLayout(code, name, weight));
        Button ok = new Button(getTranslation("scheme.dialog.ok"), e -> accept(existing, onAccept));
        ok.setId("dimension-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("scheme.dialog.cancel"), e -> close()), ok);
    }

    private void accept(DimensionDraft existing, Consumer<DimensionDraft> onAccept) {
        code.setInvalid(false);
        name.setInvalid(false);
        weight.setInvalid(false);
        DimensionDraft draft = existing == null ? new DimensionDraft(null, null, null) : existing;
        DimensionDraft probe = new DimensionDraft(code.getValue().trim(), name.getValue(), weight.getValue());
        try {
            // The domain's Dimension also wants a rated indicator, which a new dimension cannot have yet: check its parts.
            DimensionCode.of(probe.code);
            Texts.required(probe.name, "dimension.name.required", 200);
            new Weight(probe.weight);
        } catch (DomainException e) {
            String key = e.messageKey();
            var field = key.startsWith("code") ? code : key.startsWith("dimension.name") ? name : null;
            String message = DomainErrors.message(this, e);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                weight.setErrorMessage(message);
                weight.setInvalid(true);
            }
            return;
        }
        draft.code = probe.code;
        draft.name = probe.name;
        draft.weight = probe.weight;
        onAccept.accept(draft);
        close();
    }
}
