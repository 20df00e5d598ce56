package com.pingyi.evaluation.architecture;

import static com.pingyi.evaluation.architecture.Layers.DOCUMENTS;
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

/** The boundary around the document adapter (evaluation-documents: DOCX, HTML and XLSX with Apache POI). */
@AnalyzeClasses(packages = Layers.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
public class DocumentsBoundaryTest {

    @ArchTest
    public static final ArchRule document_adapters_implement_output_ports = classes()
            .that().resideInAPackage(DOCUMENTS).and().areAnnotatedWith(Component.class)
            .should().implement(DescribedPredicate.describe("an output port",
                    (JavaClass port) -> port.getPackageName().contains(".application.port.out")))
            .as("Document adapters implement output ports")
            .because("a document lays out what a use case composed and checked; it is reached through the port "
                    + "the use case declares, never around it")
            .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule nothing_outside_the_documents_adapter_uses_its_classes = noClasses()
            .that().resideOutsideOfPackage(DOCUMENTS).and().resideInAPackage("com.pingyi..")
            .should().dependOnClassesThat().resideInAPackage(DOCUMENTS)
            .as("Nothing outside the documents adapter uses its classes; only Spring wires them in")
            .because("a view that wrote a document itself would skip the permission, the cross-check and the "
                    + "figures computed by the use case")
            .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule only_the_documents_and_files_adapters_use_Apache_POI = noClasses()
            .that().resideOutsideOfPackages(DOCUMENTS, FILES).and().resideInAPackage("com.pingyi..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..")
            .as("Only the documents and files adapters use Apache POI")
            .because("the file formats are a detail of the adapters that write documents and read score files: the domain "
                    + "and the use cases stay plain Java, and another format or library changes those modules only")
            .allowEmptyShould(false);
}
