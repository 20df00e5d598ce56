package com.pingyi.evaluation.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule that cannot fail guards nothing (ArchUnit passes silently on a package that matches no
 * class). Each rule is run here on a fixture package holding one deliberate breach and must report
 * exactly that breach; and each rule must refuse to pass on an empty package.
 */
class ArchitectureRulesCanFailTest {

    private static final String FIXTURES = "com.pingyi.archfixture.";

    /** Rule field -> fixture package -> the breach it must report: "Origin -> Target" or "Class". */
    static Stream<Arguments> breaches() {
        return Stream.of(
                Arguments.of("the_domain_depends_on_the_JDK_and_itself_only", "domainleak",
                        Set.of("com.pingyi.archfixture.domainleak.domain.ScorePolicy -> org.springframework.stereotype.Service")),
                Arguments.of("the_application_depends_on_the_domain_and_on_transaction_and_security_annotations_only", "applicationleak",
                        Set.of("com.pingyi.archfixture.applicationleak.application.SneakyService -> org.springframework.stereotype.Service")),
                Arguments.of("every_use_case_is_an_interface_with_exactly_one_method", "fatusecase",
                        Set.of("com.pingyi.archfixture.fatusecase.application.port.in.DoEverythingUseCase")),
                Arguments.of("use_case_services_are_package_private", "publicservice",
                        Set.of("com.pingyi.archfixture.publicservice.application.service.PublicOpenRoundService")),
                Arguments.of("output_ports_are_interfaces", "classport",
                        Set.of("com.pingyi.archfixture.classport.application.port.out.ConcreteLoadPort")),
                Arguments.of("ui_code_depends_only_on_input_ports_read_models_the_domain_and_Vaadin_or_Spring", "repositoryinview",
                        Set.of("com.pingyi.archfixture.repositoryinview.ui.RoundsLikeView -> com.pingyi.archfixture.repositoryinview.persistence.RoundRepository")),
                Arguments.of("persistence_adapters_implement_output_ports", "strayadapter",
                        Set.of("com.pingyi.archfixture.strayadapter.persistence.StrayAdapter")),
                Arguments.of("nothing_outside_the_persistence_adapter_uses_its_classes", "entityleak",
                        Set.of("com.pingyi.archfixture.entityleak.application.RoundTitles -> com.pingyi.archfixture.entityleak.persistence.RoundEntity")),
                Arguments.of("entities_and_repositories_are_package_private", "publicentity",
                        Set.of("com.pingyi.archfixture.publicentity.persistence.PublicRoundEntity")),
                Arguments.of("document_adapters_implement_output_ports", "straydocument",
                        Set.of("com.pingyi.archfixture.straydocument.documents.StrayRenderer")),
                Arguments.of("nothing_outside_the_documents_adapter_uses_its_classes", "documentleak",
                        Set.of("com.pingyi.archfixture.documentleak.ui.NoticeButton -> com.pingyi.archfixture.documentleak.documents.NoticeDocx")),
                Arguments.of("only_the_documents_and_files_adapters_use_Apache_POI", "poileak",
                        Set.of("com.pingyi.archfixture.poileak.application.SpreadsheetService -> org.apache.poi.xssf.usermodel.XSSFWorkbook")),
                Arguments.of("the_transfer_adapter_depends_on_the_application_the_domain_and_Jackson_only", "transferleak",
                        Set.of("com.pingyi.archfixture.transferleak.transfer.ChattyCodec -> com.vaadin.flow.component.notification.Notification")),
                Arguments.of("nothing_outside_the_transfer_adapter_uses_its_classes", "codecleak",
                        Set.of("com.pingyi.archfixture.codecleak.ui.ArchiveButton -> com.pingyi.archfixture.codecleak.transfer.JsonCodec")),
                Arguments.of("file_adapters_implement_output_ports", "strayfileadapter",
                        Set.of("com.pingyi.archfixture.strayfileadapter.files.StrayReader")),
                Arguments.of("nothing_outside_the_files_adapter_uses_its_classes", "fileleak",
                        Set.of("com.pingyi.archfixture.fileleak.ui.UploadView -> com.pingyi.archfixture.fileleak.files.SheetRows")),
                Arguments.of("the_files_adapter_depends_on_the_application_the_JDK_and_its_file_libraries_only", "filestostorage",
                        Set.of("com.pingyi.archfixture.filestostorage.files.ScoresToDatabase -> com.pingyi.archfixture.filestostorage.persistence.ScoreTable")));
    }

    @ParameterizedTest(name = "{0} reports the breach in {1}")
    @MethodSource("breaches")
    void each_rule_reports_exactly_the_deliberate_breach(String rule, String fixture, Set<String> expected) {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + fixture);
        EvaluationResult result = ArchitectureRules.all().get(rule).evaluate(classes);

        assertThat(result.hasViolation()).as("%s must fail on %s", rule, fixture).isTrue();
        assertThat(breachesOf(result)).isEqualTo(new TreeSet<>(expected));
    }

    @Test
    void every_rule_has_a_fixture_that_proves_it_can_fail() {
        Set<String> proven = new TreeSet<>();
        breaches().forEach(a -> proven.add((String) a.get()[0]));
        assertThat(proven).isEqualTo(new TreeSet<>(ArchitectureRules.all().keySet()));
    }

    @Test
    void no_rule_passes_on_an_empty_package() {
        JavaClasses nothing = new ClassFileImporter().importPackages("com.pingyi.archfixture.no_such_package");
        for (Map.Entry<String, ArchRule> rule : ArchitectureRules.all().entrySet()) {
            Throwable thrown = catchThrowable(() -> rule.getValue().check(nothing));
            assertThat(thrown).as("%s on an empty package", rule.getKey()).isInstanceOf(AssertionError.class);
        }
    }

    private static Set<String> breachesOf(EvaluationResult result) {
        Set<String> found = new TreeSet<>();
        result.handleViolations((Collection<Dependency> dependencies, String message) -> dependencies.forEach(
                d -> found.add(d.getOriginClass().getName() + " -> " + d.getTargetClass().getName())));
        result.handleViolations((Collection<JavaClass> offenders, String message) -> offenders.forEach(
                c -> found.add(c.getName())));
        return found;
    }
}
