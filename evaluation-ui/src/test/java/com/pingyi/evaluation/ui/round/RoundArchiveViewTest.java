package com.pingyi.evaluation.ui.round;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.pingyi.evaluation.application.port.in.archive.ExportRoundArchive;
import com.pingyi.evaluation.application.port.in.archive.ExportRoundArchiveUseCase;
import com.pingyi.evaluation.application.port.in.archive.ImportRoundArchive;
import com.pingyi.evaluation.application.port.in.archive.ImportRoundArchiveUseCase;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The round archive on the rounds page against fake use cases: who sees the link and the upload, what they send. */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:round-archive-view;DB_CLOSE_DELAY=-1"})
class RoundArchiveViewTest {

    static final RoundSummary ROUND_2019 = new RoundSummary(RoundId.newId(), 2019, "2019年度上海市各区教育局政务公开评议", RoundStatus.PUBLISHED);

    static class FakeArchive {
        final List<Object> asked = new CopyOnWriteArrayList<>();

        RenderedFile export(ExportRoundArchive query) {
            asked.add(query);
            return new RenderedFile("pingyi-round-2019.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        }

        RoundState importing(ImportRoundArchive command) {
            asked.add(command);
            if (new String(command.content(), StandardCharsets.UTF_8).contains("excel")) {
                throw new DomainException("archive.invalid", "$.format", "not a round archive");
            }
            return new RoundState(RoundId.newId(), 2018, "2018年度评议", RoundStatus.PUBLISHED, 1);
        }
    }

    @TestConfiguration
    static class Fakes {
        static final FakeArchive FAKE = new FakeArchive();

        @Bean @Primary ListRoundsUseCase fakeListRoundsForArchive() {
            return query -> new Page<>(List.of(ROUND_2019), 1);
        }

        @Bean @Primary ExportRoundArchiveUseCase fakeExportRoundArchive() {
            return FAKE::export;
        }

        @Bean @Primary ImportRoundArchiveUseCase fakeImportRoundArchive() {
            return FAKE::importing;
        }
    }

    @Autowired
    ApplicationContext context;

    final FakeArchive fake = Fakes.FAKE;

    @BeforeEach
    void setUp() {
        fake.asked.clear();
        KaribuSpringSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @SuppressWarnings("unchecked")
    private static Grid<RoundSummary> rounds() {
        return LocatorJ._get(Grid.class, spec -> spec.withId("rounds-grid"));
    }

    @Test
    void an_auditor_gets_an_export_link_per_round_and_no_upload() {
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        UI.getCurrent().navigate(RoundsView.class);

        Anchor link = (Anchor) GridKt._getCellComponent(rounds(), 0, "archive");
        assertThat(link.getId()).hasValue("export-archive-2019");
        assertThat(link.getText()).isEqualTo("导出归档");
        assertThat(link.getHref()).isNotBlank();
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(fake.asked).as("the file is made when the link is followed").isEmpty();

        RenderedFile file = RoundArchiveControls.archiveOf(ROUND_2019, context.getBean(ExportRoundArchiveUseCase.class));
        assertThat(file.fileName()).isEqualTo("pingyi-round-2019.json");
        assertThat(fake.asked).containsExactly(new ExportRoundArchive(ROUND_2019.id()));
    }

    @Test
    void an_admin_imports_an_archive_and_a_refusal_names_the_path_in_chinese() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        UI.getCurrent().navigate(RoundsView.class);
        RoundsView view = LocatorJ._get(RoundsView.class);
        assertThat(LocatorJ._get(Upload.class, spec -> spec.withId("import-archive"))).isNotNull();
        ImportRoundArchiveUseCase importing = context.getBean(ImportRoundArchiveUseCase.class);
        NotificationsKt.clearNotifications();

        boolean refused = !RoundArchiveControls.importFile(view, importing, "bad.json", "{\"format\":\"excel\"}".getBytes(StandardCharsets.UTF_8),
                round -> { });
        assertThat(refused).isTrue();
        NotificationsKt.expectNotifications("评议轮次归档文件在 $.format 处无效：not a round archive。未导入任何数据。");

        List<RoundState> imported = new CopyOnWriteArrayList<>();
        assertThat(RoundArchiveControls.importFile(view, importing, "round.json", "{}".getBytes(StandardCharsets.UTF_8), imported::add))
                .isTrue();
        NotificationsKt.expectNotifications("已导入评议轮次：2018年度评议（2018 年度）");
        assertThat(imported).extracting(RoundState::year).containsExactly(2018);
        assertThat(fake.asked).filteredOn(ImportRoundArchive.class::isInstance).extracting(c -> ((ImportRoundArchive) c).fileName())
                .containsExactly("bad.json", "round.json");
    }

    @Test
    void an_expert_sees_neither_the_link_nor_the_upload() {
        KaribuSpringSupport.signIn("expert", "EXPERT");
        UI.getCurrent().navigate(RoundsView.class);

        assertThat(rounds().getColumnByKey("archive")).isNull();
        assertThat(_find(Upload.class)).isEmpty();
    }
}
