package com.pingyi.evaluation.architecture;

import static com.pingyi.evaluation.architecture.Layers.OUTPUT_PORTS;
import static com.pingyi.evaluation.architecture.Layers.PERSISTENCE;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/** The boundary around the JPA adapter (evaluation-persistence). */
@AnalyzeClasses(packages = Layers.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
public class PersistenceBoundaryTest {

    /** MapStruct's generated mappers are Spring components too, but they translate, they do not serve. */
    private static final DescribedPredicate<JavaClass> MAPSTRUCT_MAPPERS = DescribedPredicate.describe(
            "MapStruct mappers", (JavaClass c) -> c.getAllRawInterfaces().stream().anyMatch(i -> i.isAnnotatedWith("org.mapstruct.Mapper")));

    @ArchTest
    public static final ArchRule persistence_adapters_implement_output_ports = classes()
            .that().resideInAPackage(PERSISTENCE).and().areAnnotatedWith(Component.class)
            .and(DescribedPredicate.not(MAPSTRUCT_MAPPERS))
            .should().implement(DescribedPredicate.describe("an output port",
                    (JavaClass port) -> port.getPackageName().contains(".application.port.out")))
            .as("Persistence adapters implement output ports")
            .because("storage serves the use cases through the ports they declare, and through nothing else")
            .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule nothing_outside_the_persistence_adapter_uses_its_classes = noClasses()
            .that().resideOutsideOfPackage(PERSISTENCE).and().resideInAPackage("com.pingyi..")
            .should().dependOnClassesThat().resideInAPackage(PERSISTENCE)
            .as("Nothing outside the persistence adapter uses its classes; only Spring wires them in")
            .because("entities and repositories reached from elsewhere would bypass the use cases' rules, "
                    + "permissions and audit")
            .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule entities_and_repositories_are_package_private = classes()
            .that().resideInAPackage(PERSISTENCE)
            .and(DescribedPredicate.describe("are JPA entities or Spring Data repositories",
                    (JavaClass c) -> c.isAnnotatedWith(Entity.class) || c.isAssignableTo(Repository.class)))
            .should().notBePublic()
            .as("JPA entities and Spring Data repositories are package-private to their adapter")
            .because("the database's shape is the adapter's secret; the rest of the product sees domain objects")
            .allowEmptyShould(false);
}
