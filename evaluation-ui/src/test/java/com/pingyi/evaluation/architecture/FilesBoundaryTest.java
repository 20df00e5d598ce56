package com.pingyi.evaluation.architecture;

import static com.pingyi.evaluation.architecture.Layers.APPLICATION;
import static com.pingyi.evaluation.architecture.Layers.DOMAIN;
import static com.pingyi.evaluation.architecture.Layers.FILES;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Component;

/** The boundary around the file adapter (evaluation-files): spreadsheets and CSV behind output ports. */
@AnalyzeClasses(packages = Layers.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
public class FilesBoundaryTest {

    @ArchTest
    public static final ArchRule file_adapters_implement_output_ports = classes()
            .that().resideInAPackage(FILES).and().areAnnotatedWith(Component.class)
            .should().implement(DescribedPredicate.describe("an output port",
                    (JavaClass port) -> port.getPackageName().contains(".application.port.out")))
            .as("File adapters implement output ports")
            .because("reading and writing spreadsheets serves the use cases through the ports they declare, "
                    + "so that Apache POI and the CSV parser stay out of the application")
            .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule nothing_outside_the_files_adapter_uses_its_classes = noClasses()
            .that().resideOutsideOfPackage(FILES).and().resideInAPackage("com.pingyi..")
            .should().dependOnClassesThat().resideInAPackage(FILES)
            .as("Nothing outside the files adapter uses its classes; only Spring wires them in")
            .because("a screen that parsed a file itself would skip the limits and the refusal of zip bombs, "
                    + "XML entities and macros that the adapter applies to every file")
            .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule the_files_adapter_depends_on_the_application_the_JDK_and_its_file_libraries_only = classes()
            .that().resideInAPackage(FILES)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.xml..", "org.xml.sax..", DOMAIN, APPLICATION, FILES,
                    "org.apache.poi..", "org.apache.commons.csv..", "org.apache.commons.compress..",
                    "org.springframework.stereotype..")
            .as("The files adapter depends on the application, the JDK and its file libraries only")
            .because("a file is checked and turned into cells there and nothing else; storing scores is the "
                    + "use cases' work, through their rules, permissions and audit")
            .allowEmptyShould(false);
}
