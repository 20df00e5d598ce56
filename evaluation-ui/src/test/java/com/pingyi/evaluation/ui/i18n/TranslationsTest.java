package com.pingyi.evaluation.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.user.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI string is in both translation files, and the provider serves Chinese first. */
class TranslationsTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-z][a-zA-Z0-9.-]+)\"\\s*[,)]");

    @Test
    void both_languages_have_the_same_keys_in_every_bundle_and_no_key_is_in_two_bundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String bundle : TranslationProvider.UI_BUNDLES) {
            String name = bundle.substring("vaadin-i18n/".length());
            if (TranslationsTest.class.getResource("/" + bundle + ".properties") == null) {
                continue;
            }
            Set<String> english = load(name + ".properties").stringPropertyNames();
            assertThat(load(name + "_zh_CN.properties").stringPropertyNames()).as(name).isEqualTo(english);
            for (String key : english) {
                assertThat(seen.add(key)).as("%s is defined twice (again in %s)", key, name).isTrue();
            }
        }
    }

    @Test
    void no_text_loses_an_apostrophe_to_message_format() throws IOException {
        // MessageFormat swallows a single ' (it quotes); a text meaning one must double it.
        for (String bundle : TranslationProvider.UI_BUNDLES) {
            String name = bundle.substring("vaadin-i18n/".length());
            if (TranslationsTest.class.getResource("/" + bundle + ".properties") == null) {
                continue;
            }
            for (String file : List.of(name + ".properties", name + "_zh_CN.properties")) {
                java.util.Properties texts = load(file);
                for (String key : texts.stringPropertyNames()) {
                    assertThat(texts.getProperty(key).replace("''", "")).as("%s in %s", key, file).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void every_key_the_views_ask_for_is_translated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        // Keys built from enums at run time.
        Arrays.stream(RoundStatus.values()).forEach(s -> used.add("round.status." + s.name()));
        Arrays.stream(RoundStatus.values()).forEach(s -> used.add("round-units.intro." + s.name()));
        Arrays.stream(com.pingyi.evaluation.ui.layout.RoundNav.Page.values()).forEach(p -> used.add("round-nav." + p.name()));
        Arrays.stream(Role.values()).forEach(r -> used.add("role." + r.name()));
        used.add("role." + com.pingyi.evaluation.application.port.in.Roles.PASSWORD_CHANGE_PENDING);
        Arrays.stream(com.pingyi.evaluation.domain.scheme.EvaluationMethod.values()).forEach(m -> used.add("method." + m.name()));
        Arrays.stream(com.pingyi.evaluation.domain.finding.FindingKind.values()).forEach(k -> used.add("finding.kind." + k.name()));
        // Every operation the audit trail can show: the use cases' names, the queries among them aside.
        java.util.Set<String> queries = java.util.Set.of("ExplainResult", "FindSignInAccount", "GetRound", "GetRoundSettings",
                "GetUnitSheet", "ListMissingScores", "ListPublications", "ListResults", "ListRoundUnits", "ListRounds", "ListUnits", "GetUnit", "PreviewNotice",
                "QueryAuditTrail", "UnitHistory", "GetAssignmentMatrix", "GetDashboard", "ListFindings", "ListStatisticOptions",
                "ListRectifications", "ListUsers", "GetOwnAccount", "ListMyAssignments", "ListMyUnitRounds",
                "ExportNotice", "ExportResults", "ExportRoundAudit", "ExportRoundArchive",
                "DownloadScoreTemplate", "PreviewScoreImport", "RenderScoreImportReport");
        try (Stream<Path> files = Files.walk(Path.of("../evaluation-application/src/main/java"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("UseCase.java"))
                    .map(n -> n.substring(0, n.length() - "UseCase.java".length())).filter(n -> !queries.contains(n))
                    .forEach(n -> used.add("operation." + n));
        }
        java.util.List.of("EvaluationRound", "UserAccount", "EvaluatedUnit").forEach(a -> used.add("aggregate." + a));

        assertThat(used).isNotEmpty();
        Set<String> defined = new TreeSet<>();
        for (String bundle : TranslationProvider.UI_BUNDLES) {
            if (TranslationsTest.class.getResource("/" + bundle + ".properties") != null) {
                defined.addAll(load(bundle.substring("vaadin-i18n/".length()) + ".properties").stringPropertyNames());
            }
        }
        assertThat(defined).containsAll(used);
    }

    @Test
    void chinese_is_the_default_and_english_the_second_language() {
        TranslationProvider provider = new TranslationProvider();

        assertThat(provider.getTranslation("nav.rounds", Locale.SIMPLIFIED_CHINESE)).isEqualTo("评议轮次");
        assertThat(provider.getTranslation("nav.rounds", Locale.GERMAN)).isEqualTo("评议轮次");
        assertThat(provider.getTranslation("nav.rounds", Locale.US)).isEqualTo("Evaluation rounds");
        assertThat(provider.getTranslation("round.not-found", Locale.ENGLISH, "r1")).contains("r1");
        assertThat(provider.getTranslation("conflict.concurrent-change", Locale.SIMPLIFIED_CHINESE)).contains("重新加载");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
