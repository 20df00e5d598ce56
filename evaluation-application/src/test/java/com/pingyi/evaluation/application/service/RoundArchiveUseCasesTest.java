package com.pingyi.evaluation.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.fakes.InMemoryAudit;
import com.pingyi.evaluation.application.fakes.InMemoryResults;
import com.pingyi.evaluation.application.fakes.InMemoryRounds;
import com.pingyi.evaluation.application.fakes.InMemoryUnitRegistry;
import com.pingyi.evaluation.application.port.in.archive.ExportRoundArchive;
import com.pingyi.evaluation.application.port.in.archive.ImportRoundArchive;
import com.pingyi.evaluation.application.port.out.AuditRecord;
import com.pingyi.evaluation.application.port.out.archive.RoundArchive;
import com.pingyi.evaluation.application.port.out.archive.RoundArchiveCodecPort;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.archive.ArchiveServices;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The round archive over in-memory fakes: export then import into an empty store gives the same round
 * (the same archive again, the same results), and a bad archive is refused at its path with nothing written.
 * The JSON itself is proven in evaluation-transfer and, end to end on a database, in the UI module's IT.
 */
class RoundArchiveUseCasesTest {

    private static final LocalDate DAY = LocalDate.of(2020, 4, 16);

    /** A codec that keeps the archive as it is, so that these tests see the application's mapping alone. */
    private static final class KeepingCodec implements RoundArchiveCodecPort {
        private final List<RoundArchive> archives = new ArrayList<>();

        @Override
        public byte[] write(RoundArchive archive) {
            archives.add(archive);
            return Integer.toString(archives.size() - 1).getBytes();
        }

        @Override
        public RoundArchive read(byte[] content) {
            return archives.get(Integer.parseInt(new String(content)));
        }

        byte[] put(RoundArchive archive) {
            return write(archive);
        }
    }

    /** One database: rounds, registry, results, audit. */
    private static final class Store {
        final InMemoryRounds rounds = new InMemoryRounds();
        final InMemoryUnitRegistry registry = new InMemoryUnitRegistry();
        final InMemoryResults results = new InMemoryResults();
        final InMemoryAudit audit = new InMemoryAudit();

        RenderedFile export(KeepingCodec codec, EvaluationRound round) {
            return ArchiveServices.exportRoundArchive(rounds, registry, codec).exportRoundArchive(new ExportRoundArchive(round.id()));
        }

        RoundState importing(KeepingCodec codec, byte[] content) {
            return ArchiveServices.importRoundArchive(codec, rounds, rounds, registry, rounds, results, audit.trail())
                    .importRoundArchive(new ImportRoundArchive("round.json", content));
        }

        boolean empty() {
            return rounds.all().isEmpty() && registry.findUnitNamed(Shanghai2019DemoRound.unitName("黄浦")).isEmpty()
                    && audit.records().isEmpty();
        }
    }

    private static Store storing(EvaluationRound round) {
        Store store = new Store();
        round.units().forEach(u -> store.registry.saveUnit(u, 0));
        store.rounds.saveRound(round);
        return store;
    }

    /** Closed, a problem with its rectification item, published, then corrected. */
    static EvaluationRound corrected() {
        EvaluationRound round = Shanghai2019DemoRound.build();
        round.addFinding(Finding.aboutUnit(FindingKind.PROBLEM, Shanghai2019DemoRound.unitId("宝山"), null, "主动公开不及时"));
        round.raiseRectification(round.findings().getLast().id(), "建立台账", DAY.plusMonths(3));
        round.publish(DAY);
        ScoreEntry.Verified v = round.scores().entries().stream().filter(ScoreEntry.Verified.class::isInstance)
                .map(ScoreEntry.Verified.class::cast).findFirst().orElseThrow();
        round.publishCorrection("更正录入错误", DAY.plusDays(7), List.of(new ScoreEntry.Verified(v.unit(), v.indicator(), v.scorer(),
                v.points().value().signum() == 0 ? Points.of(1) : Points.of(0))));
        return round;
    }

    @Test
    void the_demo_round_and_a_corrected_round_come_back_the_same_in_an_empty_store() {
        for (EvaluationRound original : List.of(Shanghai2019DemoRound.published(), corrected())) {
            KeepingCodec codec = new KeepingCodec();
            Store source = storing(original);
            RenderedFile file = source.export(codec, original);
            assertThat(file.fileName()).isEqualTo("pingyi-round-2019.json");
            assertThat(file.contentType()).isEqualTo("application/json");

            Store target = new Store();
            RoundState state = target.importing(codec, file.content());

            assertThat(state.id()).isEqualTo(original.id());
            assertThat(state.status()).isEqualTo(RoundStatus.PUBLISHED);
            EvaluationRound imported = target.rounds.loadRound(original.id()).orElseThrow();
            assertThat(codec.read(target.export(codec, imported).content())).isEqualTo(codec.read(file.content()));
            assertThat(imported.results().ranked().stream().map(r -> r.unitId() + " " + r.rank() + " " + r.rate() + " " + r.band().label()))
                    .containsExactlyElementsOf(original.results().ranked().stream()
                            .map(r -> r.unitId() + " " + r.rank() + " " + r.rate() + " " + r.band().label()).toList());
            assertThat(imported.publications()).isEqualTo(original.publications());
            assertThat(target.results.has(original.id())).isTrue();
            assertThat(target.registry.findUnit(Shanghai2019DemoRound.unitId("宝山"))).isPresent();
            assertThat(target.audit.records()).extracting(AuditRecord::useCase).containsExactly("ImportRoundArchive");
        }
    }

    private static void refused(UnaryOperator<RoundArchive> breakIt, Store target, String key, Object... arguments) {
        refused(corrected(), breakIt, target, key, arguments);
    }

    private static void refused(EvaluationRound original, UnaryOperator<RoundArchive> breakIt, Store target, String key,
            Object... arguments) {
        KeepingCodec codec = new KeepingCodec();
        RoundArchive good = codec.read(storing(original).export(codec, original).content());
        byte[] bad = codec.put(breakIt.apply(good));
        assertThatThrownBy(() -> target.importing(codec, bad)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            if (arguments.length > 0) {
                assertThat(e.arguments()).startsWith(arguments);
            }
        });
    }

    @Test
    void a_broken_archive_is_refused_at_its_path_and_nothing_is_written() {
        Store target = new Store();
        refused(a -> with(a, "format", "excel"), target, "archive.invalid", "$.format");
        refused(a -> with(a, "formatVersion", 2), target, "archive.invalid", "$.formatVersion");
        refused(a -> with(a, "scores", replaceFirst(a.scores(), s -> new RoundArchive.Score(s.type(),
                "00000000-0000-0000-0000-000000000001", s.indicator(), s.scorer(), s.points(), s.value(), s.passed(), s.note()))),
                target, "archive.invalid", "$.scores[0].unit");
        refused(a -> with(a, "scores", replaceFirst(a.scores(), s -> new RoundArchive.Score(s.type(), s.unit(), "NOPE",
                s.scorer(), s.points(), s.value(), s.passed(), s.note()))), target, "archive.invalid", "$.scores[0].indicator");
        refused(a -> with(a, "scores", replaceFirst(a.scores(), s -> new RoundArchive.Score(s.type(), s.unit(), s.indicator(),
                s.scorer(), "8.5e1", s.value(), s.passed(), s.note()))), target, "archive.invalid", "$.scores[0].points");
        refused(a -> with(a, "scores", replaceFirst(a.scores(), s -> new RoundArchive.Score(s.type(), s.unit(), s.indicator(),
                s.scorer(), "100000", s.value(), s.passed(), s.note()))), target, "archive.invalid", "$.scores[0].points");
        refused(a -> with(a, "rectifications", replaceFirst(a.rectifications(), r -> new RoundArchive.Rectification(r.id(),
                r.raisedIn(), "00000000-0000-0000-0000-000000000002", r.unit(), r.description(), r.due(), r.status(), r.checkNote()))),
                target, "archive.invalid", "$.rectifications[0].finding");
        refused(a -> with(a, "results", replaceFirst(a.results(), r -> new RoundArchive.Result(r.unit(), r.rank(), "99.99",
                r.band(), r.vetoed()))), target, "archive.results-differ");
        refused(a -> with(a, "round", new RoundArchive.Round(a.round().id(), a.round().year(), a.round().title(), "FINISHED",
                null)), target, "archive.invalid", "$.round.status");
        assertThat(target.empty()).isTrue();
    }

    @Test
    void a_round_whose_id_or_year_exists_or_whose_unit_name_is_taken_is_refused_with_nothing_written() {
        EvaluationRound demo = Shanghai2019DemoRound.published();
        Store sameRound = storing(demo);
        refused(demo, a -> a, sameRound, "archive.round-exists", demo.id().toString());

        Store sameYear = storing(EvaluationRound.draft(EvaluationYear.of(2019), "另一轮"));
        refused(a -> a, sameYear, "archive.year-taken", 2019);
        assertThat(sameYear.rounds.all()).hasSize(1);

        Store nameTaken = new Store();
        nameTaken.registry.saveUnit(EvaluatedUnit.draft(Shanghai2019DemoRound.unitName("黄浦")), 0);
        refused(a -> a, nameTaken, "archive.unit-name-taken", Shanghai2019DemoRound.unitName("黄浦"));
        assertThat(nameTaken.rounds.all()).isEmpty();
        assertThat(nameTaken.audit.records()).isEmpty();
    }

    private static <T> List<T> replaceFirst(List<T> list, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list);
        copy.set(0, change.apply(copy.getFirst()));
        return copy;
    }

    /** The archive with one component replaced, by name. */
    private static RoundArchive with(RoundArchive a, String component, Object value) {
        var components = RoundArchive.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(a);
            }
            return RoundArchive.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
