package com.pingyi.evaluation.ui.scoreimport;

import com.pingyi.evaluation.application.port.in.Roles;
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
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.ui.common.Downloads;
import com.pingyi.evaluation.ui.common.LongWork;
import com.pingyi.evaluation.ui.common.Uploads;
import com.pingyi.evaluation.ui.layout.RoundNav;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;

/**
 * Scores from a spreadsheet: the template to fill, the upload, the preview of what would be written
 * and of every problem, then the import, all or nothing. A thin adapter: the use cases check everything.
 */
@Route("rounds/:roundId/import")
@RolesAllowed(Roles.ADMIN)
public class ScoreImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GetRoundUseCase getRound;
    private final DownloadScoreTemplateUseCase template;
    private final PreviewScoreImportUseCase preview;
    private final ImportScoresUseCase importScores;
    private final RenderScoreImportReportUseCase report;

    private final Div nav = new Div();
    private final ComboBox<EvaluationMethod> method = new ComboBox<>();
    private final Upload upload;
    private final Div problemsSection = new Div();
    private final Div rowsSection = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph summary = new Paragraph();
    private final Grid<ScoreImportRow> rows = new Grid<>();
    private final Grid<ScoreImportProblem> problems = new Grid<>();
    private final Button confirm = new Button();
    private final Anchor reportAnchor;
    private RoundId round;
    private String fileName;
    private byte[] content;
    private List<ScoreImportProblem> shownProblems = List.of();

    public ScoreImportView(GetRoundUseCase getRound, DownloadScoreTemplateUseCase template, PreviewScoreImportUseCase preview,
                           ImportScoresUseCase importScores, RenderScoreImportReportUseCase report,
                           @Value("${pingyi.import.max-bytes:20971520}") long maxBytes) {
        this.getRound = getRound;
        this.template = template;
        this.preview = preview;
        this.importScores = importScores;
        this.report = report;
        addClassName("page-view");
        // The page grows with its two grids rather than squeezing them into what is left of the window:
        // a file with hundreds of problems must show more than one at a time.
        setWidthFull();
        H2 heading = new H2(getTranslation("import.heading"));
        heading.setId("import-heading");
        Paragraph intro = new Paragraph(getTranslation("import.intro"));
        intro.addClassName("view-intro");

        method.setId("import-method");
        method.setLabel(getTranslation("import.method"));
        method.setItems(EvaluationMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("method." + m.name()));
        method.setPlaceholder(getTranslation("import.method.all"));
        method.setClearButtonVisible(true);
        Anchor templateLink = Downloads.link(this, "import-template", getTranslation("import.template"),
                () -> this.template.downloadScoreTemplate(new DownloadScoreTemplate(round, method.getValue())));
        HorizontalLayout templateRow = new HorizontalLayout(method, templateLink);
        templateRow.setAlignItems(Alignment.BASELINE);

        // The in-memory handler calls back inside UI.access, once the whole file is in memory (at most the limit).
        upload = Uploads.localised(new Upload(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes))), this);
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".xlsx", ".csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");
        upload.addFileRejectedListener(e -> notify(getTranslation("import.rejected", e.getErrorMessage(), maxBytes), false));
        progress.setVisible(false);

        summary.setId("import-summary");
        rows.setId("import-rows");
        rows.setHeight("26rem");
        rows.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        rows.addColumn(ScoreImportRow::row).setKey("row").setHeader(getTranslation("import.column.row")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ScoreImportRow::unit).setKey("unit").setHeader(getTranslation("import.column.unit")).setFlexGrow(1);
        rows.addColumn(ScoreImportRow::indicator).setKey("indicator").setHeader(getTranslation("import.column.indicator")).setAutoWidth(true);
        rows.addColumn(r -> getTranslation("import.entry." + r.entry())).setKey("entry").setHeader(getTranslation("import.column.entry")).setAutoWidth(true);
        rows.addColumn(ScoreImportRow::scorer).setKey("scorer").setHeader(getTranslation("import.column.scorer")).setAutoWidth(true);
        rows.addColumn(ScoreImportRow::value).setKey("value").setHeader(getTranslation("import.column.value")).setAutoWidth(true);
        rows.addColumn(ScoreImportRow::note).setKey("note").setHeader(getTranslation("import.column.note")).setFlexGrow(1);

        problems.setId("import-problems");
        problems.setHeight("22rem");
        problems.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        problems.addColumn(ScoreImportProblem::sheet).setKey("sheet").setHeader(getTranslation("import.column.sheet")).setAutoWidth(true);
        problems.addColumn(ScoreImportProblem::row).setKey("row").setHeader(getTranslation("import.column.row")).setAutoWidth(true);
        problems.addColumn(ScoreImportProblem::column).setKey("column").setHeader(getTranslation("import.column.column")).setAutoWidth(true);
        problems.addColumn(ScoreImportProblem::value).setKey("value").setHeader(getTranslation("import.column.value")).setAutoWidth(true);
        problems.addColumn(ScoreImportProblem::rule).setKey("rule").setHeader(getTranslation("import.column.rule")).setAutoWidth(true);
        problems.addColumn(ScoreImportProblem::message).setKey("message").setHeader(getTranslation("import.column.message")).setFlexGrow(1);

        confirm.setText(getTranslation("import.confirm"));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> write());
        Anchor link = Downloads.link(this, "import-report", getTranslation("import.report"),
                () -> this.report.renderScoreImportReport(new RenderScoreImportReport(fileName, shownProblems)));
        HorizontalLayout actions = new HorizontalLayout(confirm, link);
        actions.setAlignItems(Alignment.BASELINE);

        // Each grid with its heading, shown only when it has something to list.
        problemsSection.add(new H3(getTranslation("import.problems")), problems);
        problemsSection.setWidthFull();
        rowsSection.add(new H3(getTranslation("import.rows")), rows);
        rowsSection.setWidthFull();
        add(nav, heading, intro, templateRow, upload, progress, summary, actions, problemsSection, rowsSection);
        this.reportAnchor = link;
        clear();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        round = RoundId.of(event.getRouteParameters().get("roundId").orElse(""));
        nav.removeAll();
        nav.add(new RoundNav(round, getRound.getRound(new GetRound(round)).title(), RoundNav.Page.IMPORT));
        clear();
    }

    /** A file arrived: preview it in the background and show what it would write and every problem. */
    void received(String name, byte[] bytes) {
        // The summary names the file from now on; the upload is ready at once for a corrected one.
        upload.clearFileList();
        fileName = name;
        content = bytes;
        LongWork.run(this, progress, upload, () -> preview.previewScoreImport(new PreviewScoreImport(round, name, bytes)),
                this::show);
    }

    private void show(ScoreImportPreview shown) {
        shownProblems = shown.problems();
        summary.setText(getTranslation("import.summary", fileName, shown.rowsRead(), shown.rows().size(), shown.problems().size()));
        rows.setItems(shown.rows());
        problems.setItems(shown.problems());
        rowsSection.setVisible(!shown.rows().isEmpty());
        problemsSection.setVisible(!shown.problems().isEmpty());
        confirm.setEnabled(shown.importable());
        reportAnchor.setVisible(!shown.problems().isEmpty());
    }

    private void write() {
        if (content == null) {
            return;
        }
        String name = fileName;
        byte[] bytes = content;
        LongWork.run(this, progress, confirm, () -> importScores.importScores(new ImportScores(round, name, bytes)), this::written);
    }

    private void written(ScoreImportResult result) {
        if (result.written()) {
            // Said after the page is cleared for the next file, so the name is taken first.
            String done = getTranslation("import.written", result.scoresWritten(), fileName);
            notify(done, true);
            clear();
            summary.setText(done);
        } else {
            shownProblems = result.problems();
            problems.setItems(result.problems());
            problemsSection.setVisible(true);
            summary.setText(getTranslation("import.refused", result.problems().size()));
            confirm.setEnabled(false);
            reportAnchor.setVisible(true);
        }
    }

    private void clear() {
        // The upload holds one file; emptied so the next file can be chosen without removing this one first.
        upload.clearFileList();
        fileName = null;
        content = null;
        shownProblems = List.of();
        summary.setText(getTranslation("import.waiting"));
        rows.setItems(List.of());
        problems.setItems(List.of());
        rowsSection.setVisible(false);
        problemsSection.setVisible(false);
        confirm.setEnabled(false);
        reportAnchor.setVisible(false);
    }

    private void notify(String text, boolean success) {
        Notification n = new Notification(text, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
        n.open();
    }

    /** A link whose file is made by a use case when clicked, as the signed-in user. */
    /** What the template link makes, for tests (Karibu cannot follow a download). */
    RenderedFile templateFile() {
        return template.downloadScoreTemplate(new DownloadScoreTemplate(round, method.getValue()));
    }

    /** What the report link makes, for tests. */
    RenderedFile reportFile() {
        return report.renderScoreImportReport(new RenderScoreImportReport(fileName, shownProblems));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.page-title");
    }
}
