package com.pingyi.evaluation.ui.scoreimport;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.DownloadScoreTemplate;
import com.pingyi.evaluation.application.port.in.scoreimport.DownloadScoreTemplateUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.ImportScores;
import com.pingyi.evaluation.application.port.in.scoreimport.ImportScoresUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.PreviewScoreImport;
import com.pingyi.evaluation.application.port.in.scoreimport.PreviewScoreImportUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.RenderScoreImportReport;
import com.pingyi.evaluation.application.port.in.scoreimport.RenderScoreImportReportUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportPreview;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportProblem;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportResult;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportRow;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.ui.people.AccessDeniedView;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
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

/** The import page against fake use cases: the preview shown, the import sent with the same bytes, problems and their report. */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:score-import-view;DB_CLOSE_DELAY=-1"})
class ScoreImportViewTest {

    static final RoundId ROUND = RoundId.newId();
    static final byte[] FILE = {1, 2, 3};

    static class FakeImport implements GetRoundUseCase, DownloadScoreTemplateUseCase, PreviewScoreImportUseCase, ImportScoresUseCase,
            RenderScoreImportReportUseCase {
        final List<Object> asked = new CopyOnWriteArrayList<>();
        volatile List<ScoreImportProblem> problems = List.of();

        @Override
        public RoundState getRound(GetRound query) {
            return new RoundState(ROUND, 2021, "2021年度区教育局政务公开评议", RoundStatus.OPEN, 5);
        }

        @Override
        public RenderedFile downloadScoreTemplate(DownloadScoreTemplate query) {
            asked.add(query);
            return new RenderedFile("score-template.xlsx", "application/octet-stream", new byte[] {9});
        }

        @Override
        public ScoreImportPreview previewScoreImport(PreviewScoreImport query) {
            asked.add(query);
            return new ScoreImportPreview(2, problems.isEmpty() ? List.of(
                    new ScoreImportRow(2, "黄浦区教育局", "GK04", "VERIFIED", "expert-1", "18.5", null),
                    new ScoreImportRow(3, "徐汇区教育局", "HD02", "MEASURED", null, "是", null)) : List.of(), problems);
        }

        @Override
        public ScoreImportResult importScores(ImportScores command) {
            asked.add(command);
            return new ScoreImportResult(true, 2, 2, List.of());
        }

        @Override
        public RenderedFile renderScoreImportReport(RenderScoreImportReport query) {
            asked.add(query);
            return new RenderedFile("a-problems.xlsx", "application/octet-stream", new byte[] {7});
        }
    }

    @TestConfiguration
    static class Fakes {
        static final FakeImport FAKE = new FakeImport();

        @Bean @Primary GetRoundUseCase fakeGetRound() {
            return FAKE::getRound;
        }

        @Bean @Primary DownloadScoreTemplateUseCase fakeTemplate() {
            return FAKE::downloadScoreTemplate;
        }

        @Bean @Primary PreviewScoreImportUseCase fakePreview() {
            return FAKE::previewScoreImport;
        }

        @Bean @Primary ImportScoresUseCase fakeImport() {
            return FAKE::importScores;
        }

        @Bean @Primary RenderScoreImportReportUseCase fakeReport() {
            return FAKE::renderScoreImportReport;
        }
    }

    @Autowired
    ApplicationContext context;

    final FakeImport fake = Fakes.FAKE;

    @BeforeEach
    void setUp() {
        fake.asked.clear();
        fake.problems = List.of();
        KaribuSpringSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @Test
    void a_clean_file_is_previewed_then_imported_with_the_same_bytes() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();
        assertThat(summary().getText()).isEqualTo("尚未上传文件。");
        assertThat(_get(Button.class, spec -> spec.withId("import-confirm")).isEnabled()).isFalse();
        assertThat(_find(Grid.class, spec -> spec.withId("import-rows"))).as("nothing to list before a file").isEmpty();
        assertThat(_get(RouterLink.class, spec -> spec.withId("round-page-import")).getClassNames()).contains("current");
        // Vaadin's upload would speak English; this one speaks the user's language.
        assertThat(_get(Upload.class, spec -> spec.withId("import-upload")).getI18n().getAddFiles().getOne()).isEqualTo("选择文件…");

        _get(ScoreImportView.class).received("scores.xlsx", FILE);
        KaribuSpringSupport.awaitUi(() -> summary().getText().contains("有效2行"));

        assertThat(summary().getText()).isEqualTo("文件“scores.xlsx”：读取2行，有效2行，问题0个。");
        assertThat(GridKt._size(rows())).isEqualTo(2);
        assertThat(GridKt._getFormatted(rows(), 0, "entry")).isEqualTo("评分");
        assertThat(_find(Grid.class, spec -> spec.withId("import-problems"))).as("no problems, no problems grid").isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("import-report"))).as("no report without problems").isEmpty();
        Button confirm = _get(Button.class, spec -> spec.withId("import-confirm"));
        assertThat(confirm.isEnabled()).isTrue();

        confirm.click();
        KaribuSpringSupport.awaitUi(() -> !NotificationsKt.getNotifications().isEmpty());

        assertThat(fake.asked).filteredOn(ImportScores.class::isInstance).singleElement().satisfies(c -> {
            ImportScores sent = (ImportScores) c;
            assertThat(sent.round()).isEqualTo(ROUND);
            assertThat(sent.fileName()).isEqualTo("scores.xlsx");
            assertThat(sent.content()).isEqualTo(FILE);
        });
        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text")).isEqualTo("已从“scores.xlsx”导入2条评分。");
        // The page is ready for the next file and still says which one was imported.
        assertThat(summary().getText()).isEqualTo("已从“scores.xlsx”导入2条评分。");
    }

    @Test
    void problems_are_listed_in_chinese_nothing_can_be_imported_and_the_report_carries_them() {
        fake.problems = List.of(new ScoreImportProblem("评分", 3, "I（分值）", "二十", "WRONG_TYPE", "“分值”应填数值，实际为“二十”。"));
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();

        ScoreImportView view = _get(ScoreImportView.class);
        view.received("bad.xlsx", FILE);
        KaribuSpringSupport.awaitUi(() -> summary().getText().contains("问题1个"));

        assertThat(GridKt._size(problems())).isEqualTo(1);
        assertThat(GridKt._getFormatted(problems(), 0, "rule")).isEqualTo("WRONG_TYPE");
        assertThat(GridKt._getFormatted(problems(), 0, "message")).isEqualTo("“分值”应填数值，实际为“二十”。");
        assertThat(GridKt._getFormatted(problems(), 0, "row")).isEqualTo("3");
        assertThat(_get(Button.class, spec -> spec.withId("import-confirm")).isEnabled()).isFalse();
        assertThat(_get(Anchor.class, spec -> spec.withId("import-report")).isVisible()).isTrue();

        assertThat(view.reportFile().fileName()).isEqualTo("a-problems.xlsx");
        assertThat(fake.asked).filteredOn(RenderScoreImportReport.class::isInstance).singleElement()
                .satisfies(q -> assertThat(((RenderScoreImportReport) q).problems()).isEqualTo(fake.problems));
        assertThat(fake.asked).noneMatch(ImportScores.class::isInstance);
    }

    @Test
    void the_template_is_asked_for_the_chosen_method() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();
        @SuppressWarnings("unchecked")
        ComboBox<EvaluationMethod> method = _get(ComboBox.class, spec -> spec.withId("import-method"));
        method.setValue(EvaluationMethod.THIRD_PARTY_ASSESSMENT);

        _get(ScoreImportView.class).templateFile();

        assertThat(fake.asked).filteredOn(DownloadScoreTemplate.class::isInstance).singleElement()
                .isEqualTo(new DownloadScoreTemplate(ROUND, EvaluationMethod.THIRD_PARTY_ASSESSMENT));
        assertThat(_get(Anchor.class, spec -> spec.withId("import-template")).getText()).isEqualTo("下载评分模板（XLSX）");
    }

    @Test
    void an_auditor_cannot_open_the_page() {
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        navigate();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_find(ScoreImportView.class)).isEmpty();
        assertThat(fake.asked).isEmpty();
    }

    private static Paragraph summary() {
        return _get(Paragraph.class, spec -> spec.withId("import-summary"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ScoreImportRow> rows() {
        return _get(Grid.class, spec -> spec.withId("import-rows"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ScoreImportProblem> problems() {
        return _get(Grid.class, spec -> spec.withId("import-problems"));
    }

    private static void navigate() {
        UI.getCurrent().navigate(ScoreImportView.class, new RouteParameters("roundId", ROUND.toString()));
    }
}
