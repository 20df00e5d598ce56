package com.pingyi.evaluation.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * Vaadin's upload speaks English unless told otherwise; every upload of the product speaks the user's
 * language, from the translation files like every other text.
 */
public final class Uploads {

    private Uploads() {
    }

    public static Upload localised(Upload upload, Component owner) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("upload.drop.one"))
                .setMany(owner.getTranslation("upload.drop.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("upload.add.one"))
                .setMany(owner.getTranslation("upload.add.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(owner.getTranslation("upload.error.too-many"))
                .setFileIsTooBig(owner.getTranslation("upload.error.too-big"))
                .setIncorrectFileType(owner.getTranslation("upload.error.type")));
        i18n.setFile(new UploadI18N.File().setRetry(owner.getTranslation("upload.file.retry"))
                .setStart(owner.getTranslation("upload.file.start")).setRemove(owner.getTranslation("upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(owner.getTranslation("upload.status.connecting"))
                        .setStalled(owner.getTranslation("upload.status.stalled"))
                        .setProcessing(owner.getTranslation("upload.status.processing"))
                        .setHeld(owner.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(owner.getTranslation("upload.remaining.prefix"))
                        .setUnknown(owner.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(owner.getTranslation("upload.failed.unavailable"))
                        .setUnexpectedServerError(owner.getTranslation("upload.failed.unexpected"))
                        .setForbidden(owner.getTranslation("upload.failed.forbidden"))
                        .setFileTooLarge(owner.getTranslation("upload.error.too-big"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        upload.setI18n(i18n);
        return upload;
    }
}
