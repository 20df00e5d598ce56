package com.pingyi.evaluation.ui.notice;

import com.pingyi.evaluation.application.port.in.round.DefineNoticeSettings;
import com.pingyi.evaluation.application.port.in.round.DefineNoticeSettingsUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.notice.NoticeSettings;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The notice's typed texts: title, addressee, basis document, programme, attachment subject, issuer.
 * Every figure of the notice is computed; only these words are written by hand. The domain checks
 * them; a refusal is shown next to the field it names.
 */
class NoticeSettingsDialog extends Dialog {

    private final Map<String, TextField> fields = new LinkedHashMap<>();

    NoticeSettingsDialog(RoundState round, NoticeSettings current, DefineNoticeSettingsUseCase define, Consumer<RoundState> saved) {
        setHeaderTitle(getTranslation("notice.settings"));
        setWidth("44em");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (String name : new String[] {"title", "addressee", "basis-number", "basis-title", "programme", "attachment", "issuer"}) {
            TextField field = new TextField(getTranslation("notice.settings." + name));
            field.setId("notice-settings-" + name);
            field.setWidthFull();
            field.setHelperText(getTranslation("notice.settings." + name + ".example"));
            fields.put(name, field);
            form.add(field);
        }
        if (current != null) {
            fields.get("title").setValue(current.title());
            fields.get("addressee").setValue(current.addressee());
            fields.get("basis-number").setValue(current.basisDocumentNumber());
            fields.get("basis-title").setValue(current.basisDocumentTitle());
            fields.get("programme").setValue(current.programme());
            fields.get("attachment").setValue(current.attachmentSubject());
            fields.get("issuer").setValue(current.issuer());
        }
        add(form);

        Button save = new Button(getTranslation("action.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                NoticeSettings settings = new NoticeSettings(value("title"), value("addressee"), value("basis-number"),
                        value("basis-title"), value("programme"), value("attachment"), value("issuer"));
                RoundState after = define.defineNoticeSettings(new DefineNoticeSettings(new RoundRef(round.id(), round.version()), settings));
                close();
                saved.accept(after);
            } catch (DomainException refused) {
                TextField named = fieldOf(refused.messageKey());
                if (named != null) {
                    named.setErrorMessage(DomainErrors.message(this, refused));
                    named.setInvalid(true);
                }
                DomainErrors.show(this, refused);
            }
        });
        save.setId("notice-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private String value(String name) {
        return fields.get(name).getValue();
    }

    /** The field a refusal is about, by the rule's key (the first empty one for a shared key). */
    private TextField fieldOf(String key) {
        return switch (key) {
            case "notice.title-required" -> fields.get("title");
            case "notice.addressee-required" -> fields.get("addressee");
            case "notice.basis-required" -> firstBlank("basis-number", "basis-title");
            case "notice.programme-required" -> firstBlank("programme", "attachment");
            case "notice.issuer-required" -> fields.get("issuer");
            default -> null;
        };
    }

    private TextField firstBlank(String first, String second) {
        return fields.get(first).getValue().isBlank() ? fields.get(first) : fields.get(second);
    }
}
