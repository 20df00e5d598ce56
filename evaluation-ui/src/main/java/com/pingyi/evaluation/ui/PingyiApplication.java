package com.pingyi.evaluation.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The runnable app. It scans the whole {@code com.pingyi.evaluation} tree so that the persistence
 * adapter, present at run time only, plugs itself in without this module naming any of its classes.
 */
@SpringBootApplication(scanBasePackages = "com.pingyi.evaluation")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("context://styles.css")
public class PingyiApplication implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    public static void main(String[] args) {
        SpringApplication.run(PingyiApplication.class, args);
    }
}
