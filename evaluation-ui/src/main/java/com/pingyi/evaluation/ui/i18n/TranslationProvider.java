package com.pingyi.evaluation.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every UI string comes from translation files: the UI's own ({@code vaadin-i18n/translations})
 * the domain's and the use cases' rule messages ({@code i18n/domain-messages}, {@code i18n/application-messages}). Chinese first, English second.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);
    /** The UI's own bundles: the shell's, then one per group of views, so that views grow without colliding. */
    static final List<String> UI_BUNDLES = List.of("vaadin-i18n/translations", "vaadin-i18n/scheme", "vaadin-i18n/bands-units",
            "vaadin-i18n/scoring", "vaadin-i18n/round-units",
            "vaadin-i18n/experts", "vaadin-i18n/dashboard", "vaadin-i18n/findings", "vaadin-i18n/people",
            "vaadin-i18n/exports",
            "vaadin-i18n/archive",
            "vaadin-i18n/api",
            "vaadin-i18n/import");
    static final List<String> BUNDLES = java.util.stream.Stream.concat(UI_BUNDLES.stream(),
            java.util.stream.Stream.of("i18n/domain-messages", "i18n/application-messages")).toList();

    // No fallback to the JVM's default locale: English is the base bundle, whatever the server runs in.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        for (String name : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(name, effective, NO_FALLBACK);
            } catch (MissingResourceException noSuchBundle) {
                continue;
            }
            if (bundle.containsKey(key)) {
                return new MessageFormat(bundle.getString(key), effective).format(params);
            }
        }
        return "!" + key + "!";
    }

    /** Every key of the UI's bundles that starts with {@code prefix}, e.g. the operations the audit trail can name. */
    public static java.util.SortedSet<String> keysStartingWith(String prefix) {
        java.util.SortedSet<String> keys = new java.util.TreeSet<>();
        for (String name : UI_BUNDLES) {
            try {
                ResourceBundle.getBundle(name, ENGLISH, NO_FALLBACK).keySet().stream().filter(k -> k.startsWith(prefix)).forEach(keys::add);
            } catch (MissingResourceException noSuchBundle) {
                // a bundle listed ahead of its file: nothing to add
            }
        }
        return keys;
    }

    /** The supported locale closest to the one asked for; Chinese for anything not English. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }
}
