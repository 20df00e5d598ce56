package com.pingyi.evaluation.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture-rules.md is what auditors read; it must say exactly what the code enforces.
 * Each rule's description (its plain sentence and its reason) appears there word for word as a
 * bullet, and there is no bullet for a rule that does not exist.
 */
class ArchitectureRulesDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "architecture-rules.md");

    @Test
    void the_document_lists_every_rule_with_its_reason_and_nothing_else() throws IOException {
        Set<String> documented = Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("- **Rule:** "))
                .map(line -> line.substring("- **Rule:** ".length()).strip())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> enforced = ArchitectureRules.all().values().stream()
                .map(ArchRule::getDescription)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(documented).isEqualTo(enforced);
    }
}
