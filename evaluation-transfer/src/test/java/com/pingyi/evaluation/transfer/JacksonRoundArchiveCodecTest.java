package com.pingyi.evaluation.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.port.in.archive.ExportRoundArchive;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.port.out.archive.RoundArchive;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.application.service.archive.ArchiveServices;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JacksonRoundArchiveCodecTest {

    private final JacksonRoundArchiveCodec codec = new JacksonRoundArchiveCodec();

    /** The registry knows nothing: every unit is taken from the round. */
    private static final UnitRegistryPort NO_REGISTRY = new UnitRegistryPort() {
        @Override
        public Optional<RegisteredUnitView> findUnit(UnitId id) {
            return Optional.empty();
        }

        @Override
        public Optional<RegisteredUnitView> findUnitNamed(String name) {
            return Optional.empty();
        }

        @Override
        public Page<RegisteredUnitView> searchUnits(String search, PageRequest page) {
            return new Page<>(List.of(), 0);
        }

        @Override
        public RegisteredUnitView saveUnit(EvaluatedUnit unit, long expectedVersion) {
            throw new UnsupportedOperationException();
        }
    };

    private byte[] export(EvaluationRound round) {
        return ArchiveServices.exportRoundArchive(id -> Optional.of(round), NO_REGISTRY, codec)
                .exportRoundArchive(new ExportRoundArchive(round.id())).content();
    }

    private String demoJson() {
        return new String(export(Shanghai2019DemoRound.published()), StandardCharsets.UTF_8);
    }

    @Test
    void the_demo_round_reads_back_to_the_same_archive_and_writes_the_same_bytes() {
        byte[] first = export(Shanghai2019DemoRound.published());
        RoundArchive read = codec.read(first);

        assertThat(codec.write(read)).isEqualTo(first);
        assertThat(read.units()).hasSize(16);
        assertThat(read.results()).hasSize(16);
        assertThat(read.publications()).hasSize(1);
    }

    @Test
    void the_file_opens_with_its_format_and_version_and_keeps_every_decimal_as_a_string() {
        String json = demoJson();

        assertThat(json).startsWith("{\n  \"format\" : \"pingyi-round\",\n  \"formatVersion\" : 1,\n  \"round\" : {");
        assertThat(json).contains("\"points\" : \"").contains("\"weight\" : \"").contains("\"rate\" : \"")
                .doesNotContainPattern("\"(points|max|weight|rate|lower|upper|spreadLimit|value)\" : [0-9-]");
        assertThat(json).doesNotContain("null");
    }

    private void refusedAt(String json, String path) {
        assertThatThrownBy(() -> codec.read(json.getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("archive.invalid");
            assertThat(e.arguments().getFirst()).isEqualTo(path);
        });
    }

    @Test
    void a_file_that_is_not_an_archive_of_this_format_and_version_is_refused_at_its_path() {
        String json = demoJson();
        refusedAt("not json at all", "$");
        refusedAt("[1, 2]", "$");
        refusedAt(json.replace("\"pingyi-round\"", "\"some-other-format\""), "$.format");
        refusedAt(json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"), "$.formatVersion");
        refusedAt(json.replace("\"formatVersion\" : 1", "\"formatVersion\" : \"1\""), "$.formatVersion");
        refusedAt(json.substring(0, json.length() / 2), "$");
    }

    @Test
    void a_number_where_a_decimal_string_belongs_an_unknown_field_or_a_wrong_type_is_refused_at_its_path() {
        String json = demoJson();
        refusedAt(json.replaceFirst("\"points\" : \"([0-9.]+)\"", "\"points\" : $1"), "$.scores[0].points");
        refusedAt(json.replaceFirst("\"year\" : 2019", "\"year\" : \"2019\""), "$.round.year");
        refusedAt(json.replaceFirst("\"title\" : ", "\"colour\" : \"red\",\n    \"title\" : "), "$.round.colour");
        refusedAt(json.replaceFirst("\"named\" : (true|false)", "\"named\" : \"yes\""), "$.gradeBands[0].named");
        // a field given twice: which one was meant cannot be known
        refusedAt(json.replaceFirst("\\{\n  \"format\"", "{\n  \"round\" : {},\n  \"format\""), "$");
    }
}
