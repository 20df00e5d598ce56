package com.pingyi.evaluation.architecture;

import static com.pingyi.evaluation.architecture.Layers.APPLICATION;
import static com.pingyi.evaluation.architecture.Layers.DOMAIN;
import static com.pingyi.evaluation.architecture.Layers.INPUT_PORTS;
import static com.pingyi.evaluation.architecture.Layers.OUTPUT_PORTS;
import static com.pingyi.evaluation.architecture.Layers.USE_CASE_SERVICES;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The boundary around evaluation-application: use cases, ports, commands and read models. */
@AnalyzeClasses(packages = Layers.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
public class ApplicationBoundaryTest {

    @ArchTest
    public static final ArchRule the_application_depends_on_the_domain_and_on_transaction_and_security_annotations_only = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", DOMAIN, APPLICATION,
                    "jakarta.transaction..", "org.springframework.transaction.annotation..",
                    "jakarta.annotation.security..", "org.springframework.security.access.prepost..")
            .as("The application depends on the domain, and on transaction and security annotations, only")
            .because("use cases must be testable against in-memory fakes and must not know which database or "
                    + "screen is used; only their transactions and permissions are declared on them")
            .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule every_use_case_is_an_interface_with_exactly_one_method = classes()
            .that().resideInAPackage(INPUT_PORTS).and().haveSimpleNameEndingWith("UseCase")
            .should(beInterfacesWithExactlyOneMethod())
            .as("Every use case is an input-port interface with exactly one method")
            .because("one use case has one reason to change, and its one method is where its permission, "
                    + "transaction and audit are declared and checked")
            .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule use_case_services_are_package_private = classes()
            .that().resideInAPackage(USE_CASE_SERVICES).and().implement(DescribedPredicate.describe(
                    "an input port", (JavaClass port) -> port.getPackageName().contains(".application.port.in")))
            .should().notBePublic()
            .as("Use-case services are package-private; callers see the input port only")
            .because("a caller holding the implementation could skip the port on which the permission and "
                    + "the transaction are declared")
            .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule output_ports_are_interfaces = classes()
            .that().resideInAPackage(OUTPUT_PORTS)
            .and(DescribedPredicate.not(DescribedPredicate.describe("records", JavaClass::isRecord)))
            .should().beInterfaces()
            .as("Output ports are interfaces (the records they carry aside)")
            .because("the application states what it needs from storage and adapters supply it, never the reverse")
            .allowEmptyShould(false);

    private static ArchCondition<JavaClass> beInterfacesWithExactlyOneMethod() {
        return new ArchCondition<>("be interfaces with exactly one method") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                long methods = javaClass.getMethods().stream().filter(m -> !m.getModifiers().contains(
                        com.tngtech.archunit.core.domain.JavaModifier.STATIC)).count();
                boolean ok = javaClass.isInterface() && methods == 1;
                events.add(new SimpleConditionEvent(javaClass, ok, javaClass.getName()
                        + (javaClass.isInterface() ? " declares " + methods + " methods" : " is not an interface")));
            }
        };
    }
}
