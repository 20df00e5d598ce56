package com.pingyi.evaluation.architecture;

import static com.pingyi.evaluation.architecture.Layers.APPLICATION;
import static com.pingyi.evaluation.architecture.Layers.DOMAIN;
import static com.pingyi.evaluation.architecture.Layers.TRANSFER;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundary around the file-format adapter (evaluation-transfer: the round archive as JSON). */
@AnalyzeClasses(packages = Layers.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
public class TransferBoundaryTest {

    @ArchTest
    public static final ArchRule the_transfer_adapter_depends_on_the_application_the_domain_and_Jackson_only = classes()
            .that().resideInAPackage(TRANSFER)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", DOMAIN, APPLICATION, TRANSFER,
                    "tools.jackson..", "com.fasterxml.jackson.annotation..", "org.springframework.stereotype..")
            .as("The transfer adapter depends on the application, the domain and Jackson only")
            .because("a file format is a translation of the application's records, and must not reach storage or "
                    + "screens around the use cases that check the rules, the permissions and the audit")
            .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule nothing_outside_the_transfer_adapter_uses_its_classes = noClasses()
            .that().resideOutsideOfPackage(TRANSFER).and().resideInAPackage("com.pingyi..")
            .should().dependOnClassesThat().resideInAPackage(TRANSFER)
            .as("Nothing outside the transfer adapter uses its classes; only Spring wires them in")
            .because("a view or a use case that wrote the file itself would skip the output port, so the format "
                    + "could no longer be changed in one place, and Jackson would leak inward")
            .allowEmptyShould(false);
}
