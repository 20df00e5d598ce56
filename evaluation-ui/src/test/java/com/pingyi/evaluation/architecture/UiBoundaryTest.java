package com.pingyi.evaluation.architecture;

import static com.pingyi.evaluation.architecture.Layers.DOMAIN;
import static com.pingyi.evaluation.architecture.Layers.INPUT_PORTS;
import static com.pingyi.evaluation.architecture.Layers.READ_MODELS;
import static com.pingyi.evaluation.architecture.Layers.UI;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundary around the Vaadin views and the security configuration (evaluation-ui). */
@AnalyzeClasses(packages = Layers.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
public class UiBoundaryTest {

    /**
     * Spring is allowed by sub-package, not as a whole: {@code org.springframework.data} and
     * {@code org.springframework.jdbc} would be a way around the use cases. {@code org.springframework.http} is
     * Spring Web's too: the JSON API (ui.api) answers with its responses and problem details.
     */
    @ArchTest
    public static final ArchRule ui_code_depends_only_on_input_ports_read_models_the_domain_and_Vaadin_or_Spring = classes()
            .that().resideInAPackage(UI)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", UI, INPUT_PORTS, READ_MODELS, DOMAIN,
                    "com.vaadin..", "org.springframework.boot..", "org.springframework.context..",
                    "org.springframework.beans..", "org.springframework.stereotype..", "org.springframework.core..",
                    "org.springframework.security..", "org.springframework.web..", "org.springframework.http..", "org.springframework.util..",
                    "jakarta.annotation..", "jakarta.servlet..", "org.slf4j..")
            .as("UI code depends only on input ports, read models, the domain and Vaadin or Spring (web, security, configuration)")
            .because("views must not reach storage around the use cases, which check the rules and the permissions "
                    + "and write the audit trail")
            .allowEmptyShould(false);
}
