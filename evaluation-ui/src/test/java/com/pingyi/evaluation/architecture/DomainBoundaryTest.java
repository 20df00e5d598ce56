package com.pingyi.evaluation.architecture;

import static com.pingyi.evaluation.architecture.Layers.DOMAIN;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundary around evaluation-domain. */
@AnalyzeClasses(packages = Layers.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
public class DomainBoundaryTest {

    @ArchTest
    public static final ArchRule the_domain_depends_on_the_JDK_and_itself_only = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .as("The domain depends on the JDK and on itself only")
            .because("the scoring rules must stay plain Java that no framework, database or screen can change, "
                    + "so that every grade can be explained from the domain alone")
            .allowEmptyShould(false);
}
