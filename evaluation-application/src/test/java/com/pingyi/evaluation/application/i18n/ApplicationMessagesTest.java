package com.pingyi.evaluation.application.i18n;

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

/** Every rule a use case names with a DomainException has its message in both languages. */
class ApplicationMessagesTest {

    private static final Pattern THROWN = Pattern.compile("DomainException\\(\"([a-z][a-z0-9.-]+)\"");

    @Test
    void every_key_the_use_cases_throw_is_translated_in_both_languages_and_nothing_else_is() throws IOException {
        Set<String> thrown = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = THROWN.matcher(Files.readString(file));
                while (m.find()) {
                    thrown.add(m.group(1));
                }
            }
        }
        assertThat(thrown).contains("round.not-found");
        assertThat(load("application-messages.properties").stringPropertyNames()).isEqualTo(thrown);
        assertThat(load("application-messages_zh_CN.properties").stringPropertyNames()).isEqualTo(thrown);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ApplicationMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
