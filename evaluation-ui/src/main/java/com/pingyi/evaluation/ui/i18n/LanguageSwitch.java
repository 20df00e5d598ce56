package com.pingyi.evaluation.ui.i18n;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;

/** One button that offers the other language: "English" in Chinese, "中文" in English. */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setIcon(VaadinIcon.GLOBE.create());
        setId("language-switch");
        addAttachListener(attach -> {
            Locale current = TranslationProvider.supported(attach.getUI().getLocale());
            Locale other = current.equals(TranslationProvider.CHINESE) ? TranslationProvider.ENGLISH : TranslationProvider.CHINESE;
            setText(getTranslation("language.switch-to"));
            getElement().setAttribute("lang", other.toLanguageTag());
            getElement().setAttribute("aria-label", getTranslation("language.switch-to.aria"));
        });
        addClickListener(click -> {
            Locale current = TranslationProvider.supported(getLocale());
            LocaleSelection.switchTo(current.equals(TranslationProvider.CHINESE) ? TranslationProvider.ENGLISH : TranslationProvider.CHINESE);
        });
    }
}
