package com.pingyi.evaluation.application.service.scoreimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule code the import names has its message in both languages, and no message is left without a rule. */
class ImportMessagesTest {

    private static final Pattern RULE = Pattern.compile("\"([A-Z][A-Z_]+)\"");

    @Test
    void every_rule_code_is_translated_in_both_languages() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path dir : List.of(Path.of("src/main/java/com/pingyi/evaluation/application/service/scoreimport"),
                Path.of("../evaluation-files/src/main/java"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = RULE.matcher(Files.readString(file));
                    while (m.find()) {
                        named.add(m.group(1));
                    }
                }
            }
        }
        named.removeAll(Set.of("XLSX", "CSV", "XLS", "UTF", "POINTS", "BONUS", "DEDUCTION", "MEASURED", "VETO", "VERIFIED",
                "SELF_INSPECTED", "NOT_APPLICABLE", "VIOLATION", "TRUE", "FALSE", "MACROENABLED", "<!DOCTYPE", "<!ENTITY"));
        assertThat(named).contains("ZIP_BOMB", "XML_ENTITY", "UNKNOWN_UNIT", "TEMPLATE_GUIDE");
        assertThat(load("import-messages_zh_CN.properties").stringPropertyNames()).isEqualTo(named);
        assertThat(load("import-messages.properties").stringPropertyNames()).isEqualTo(named);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ImportMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static final class List {
        static java.util.List<Path> of(Path... paths) {
            return java.util.List.of(paths);
        }
    }
}
