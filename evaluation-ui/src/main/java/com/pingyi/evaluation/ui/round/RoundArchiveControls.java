package com.pingyi.evaluation.ui.round;

import com.pingyi.evaluation.application.port.in.archive.ExportRoundArchive;
import com.pingyi.evaluation.application.port.in.archive.ExportRoundArchiveUseCase;
import com.pingyi.evaluation.application.port.in.archive.ImportRoundArchive;
import com.pingyi.evaluation.application.port.in.archive.ImportRoundArchiveUseCase;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.pingyi.evaluation.ui.common.Downloads;
import com.pingyi.evaluation.ui.common.Uploads;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;

/**
 * The round archive on the rounds page: a download link per round (admins and auditors) and the upload
 * of an archive (admins). The file is made by the use case when the link is followed, not when the page opens.
 */
final class RoundArchiveControls {

    /** A round archive of a national round is a few tens of megabytes; more is not an archive. */
    static final long MAX_UPLOAD_BYTES = 256L * 1024 * 1024;

    private RoundArchiveControls() {
    }

    static Anchor exportLink(Component owner, RoundSummary round, ExportRoundArchiveUseCase export) {
        Anchor link = Downloads.link(owner, "export-archive-" + round.year(), owner.getTranslation("rounds.archive.export"),
                () -> archiveOf(round, export));
        link.setTitle(owner.getTranslation("rounds.archive.export.title", String.valueOf(round.year())));
        return link;
    }

    /** What the link downloads: the archive of the round, made by the use case with the caller's permissions. */
    static RenderedFile archiveOf(RoundSummary round, ExportRoundArchiveUseCase export) {
        return export.exportRoundArchive(new ExportRoundArchive(round.id()));
    }

    static Upload importUpload(Component owner, ImportRoundArchiveUseCase importing, Consumer<RoundState> imported) {
        // The in-memory handler already calls back inside UI.access, with the session locked.
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                importFile(owner, importing, metadata.fileName(), bytes, imported)));
        upload.setId("import-archive");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        Button button = new Button(owner.getTranslation("rounds.archive.import"), VaadinIcon.UPLOAD.create());
        upload.setUploadButton(button);
        upload.setDropLabel(new Span(owner.getTranslation("rounds.archive.import.explain")));
        return Uploads.localised(upload, owner);
    }

    /** Sends the file to the use case; a refusal is shown with its rule and path, and nothing was imported. */
    static boolean importFile(Component owner, ImportRoundArchiveUseCase importing, String fileName, byte[] bytes,
            Consumer<RoundState> imported) {
        try {
            RoundState round = importing.importRoundArchive(new ImportRoundArchive(fileName, bytes));
            Notification.show(owner.getTranslation("rounds.archive.imported", round.title(), String.valueOf(round.year())));
            imported.accept(round);
            return true;
        } catch (DomainException e) {
            DomainErrors.show(owner, e);
            return false;
        }
    }
}
