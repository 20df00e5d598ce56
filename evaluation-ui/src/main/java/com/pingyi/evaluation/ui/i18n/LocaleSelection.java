package com.pingyi.evaluation.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The UI speaks Chinese unless the user chose English, whatever the browser asks for: the product
 * is made for Chinese commissions. The choice is kept in a cookie, so it survives signing out.
 */
@Component
public class LocaleSelection implements VaadinServiceInitListener {

    static final String COOKIE = "pingyi-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(fromRequest(init.getRequest())));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(init.getUI().getSession().getLocale()));
    }

    static Locale fromRequest(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return TranslationProvider.CHINESE;
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> TranslationProvider.supported(Locale.forLanguageTag(c.getValue())))
                .findFirst()
                .orElse(TranslationProvider.CHINESE);
    }

    /** Switches the current user's language and reloads the page in it. */
    public static void switchTo(Locale locale) {
        Locale chosen = TranslationProvider.supported(locale);
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(chosen);
        ui.setLocale(chosen);
        Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie);
        }
        ui.getPage().reload();
    }
}
