package com.pingyi.evaluation.ui.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless Vaadin with the app's Spring context, and a signed-in user. Karibu starts no servlet
 * container, so Spring Security's filters never run: the user is put into the security context and
 * into Karibu's fake request by hand, which is what the filters would have done.
 */
public final class KaribuSpringSupport {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.pingyi.evaluation.ui");

    private KaribuSpringSupport() {
    }

    public static void setUp(ApplicationContext context) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    public static void signIn(String username, String... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        // Read at each check, as Spring Security's request wrapper does, so that a session whose
        // authorities change (a password changed) is seen with its new ones.
        request.setUserInRole((principal, role) -> {
            var now = SecurityContextHolder.getContext().getAuthentication();
            return now != null && now.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
        });
    }

    /**
     * Lets background work finish: runs the UI's pending tasks (what the page's polling would fetch)
     * until {@code done} holds, for at most ten seconds.
     */
    public static void awaitUi(java.util.function.BooleanSupplier done) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (true) {
            MockVaadin.clientRoundtrip(true);
            if (done.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("the UI did not get there within ten seconds");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the UI", e);
            }
        }
    }

    public static void tearDown() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }
}
