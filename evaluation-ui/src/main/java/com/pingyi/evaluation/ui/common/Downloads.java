package com.pingyi.evaluation.ui.common;

import com.pingyi.evaluation.application.readmodel.RenderedFile;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * A link that downloads a file made by a use case. The file is made when the link is followed, in that
 * request, so the use case checks the permission of whoever follows it and the figures are those of
 * that moment. A broken rule is shown in the page instead of a file.
 */
public final class Downloads {

    /** The status of a download refused by a rule of the domain (422 Unprocessable Content). */
    static final int REFUSED = 422;

    private Downloads() {
    }

    public static Anchor link(Component where, String id, String label, Supplier<RenderedFile> file) {
        Anchor link = new Anchor(handler(where, file), AttachmentType.DOWNLOAD, label);
        link.setId(id);
        link.addClassName("download-link");
        return link;
    }

    static DownloadHandler handler(Component where, Supplier<RenderedFile> file) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                RenderedFile made = file.get();
                return new DownloadResponse(new ByteArrayInputStream(made.content()), made.fileName(), made.contentType(),
                        made.content().length);
            } catch (DomainException refused) {
                UI ui = event.getUI();
                if (ui != null) {
                    ui.access(() -> DomainErrors.show(where, refused));
                }
                return DownloadResponse.error(REFUSED, refused.getMessage());
            }
        });
    }
}
