package com.pingyi.evaluation.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The translation files and the domain code agree: both files hold exactly the same keys, every
 * message key the main sources can throw (every dotted lower-case string literal, which is how the
 * domain names its rules) has a translation, and no translation is left without a rule.
 */
class MessagesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Set<String> keysThrownByMainCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        Path main = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void englishAndChineseHaveExactlyTheSameKeys() throws IOException {
        assertThat(load("domain-messages_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("domain-messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheDomainThrowsIsTranslated() throws IOException {
        Set<String> thrown = keysThrownByMainCode();
        assertThat(thrown).contains("scheme.weights-must-sum-to-hundred", "round.close.scores-missing");
        assertThat(load("domain-messages.properties").stringPropertyNames()).containsAll(thrown);
        assertThat(load("domain-messages_zh_CN.properties").stringPropertyNames()).containsAll(thrown);
    }

    @Test
    void everyTranslationBelongsToARuleTheDomainThrows() throws IOException {
        assertThat(keysThrownByMainCode()).containsAll(load("domain-messages.properties").stringPropertyNames());
    }

    @Test
    void bothLanguagesQuoteTheSameValuesAndFormat() throws IOException {
        Properties en = load("domain-messages.properties");
        Properties zh = load("domain-messages_zh_CN.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
            Object[] args = {2019, 2, 3, 4, 5};
            assertThat(new MessageFormat(en.getProperty(key), Locale.ENGLISH).format(args)).isNotBlank();
            assertThat(new MessageFormat(zh.getProperty(key), Locale.CHINA).format(args)).doesNotContain("{");
        }
    }

    @Test
    void yearsAreNotFormattedWithGroupingSeparators() throws IOException {
        String text = new MessageFormat(load("domain-messages.properties").getProperty("round.year.out-of-range"),
                Locale.ENGLISH).format(new Object[] {2101, 2000, 2100});
        assertThat(text).isEqualTo("Year 2101 is outside 2000..2100.");
    }

    @Test
    void chineseFileIsReadAsUtf8() throws IOException {
        assertThat(load("domain-messages_zh_CN.properties").getProperty("scheme.weights-must-sum-to-hundred"))
                .isEqualTo("各评议重点权重之和须恰好为100（现为{0}）。");
    }

    private static Set<String> placeholders(String message) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
