package com.pingyi.evaluation.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A download link's handler: the use case runs when the link is followed, its file is served, its refusal shown. */
class DownloadsTest {

    private final Div where = new Div();
    private final VaadinResponse response = mock(VaadinResponse.class);
    private final ByteArrayOutputStream served = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws IOException {
        MockVaadin.setup();
        UI.getCurrent().add(where);
        when(response.getOutputStream()).thenReturn(served);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void the_file_is_made_when_the_link_is_followed_and_served_with_its_name_and_type() throws IOException {
        AtomicInteger made = new AtomicInteger();
        byte[] content = "PK-docx".getBytes(StandardCharsets.US_ASCII);
        var handler = Downloads.handler(where, () -> {
            made.incrementAndGet();
            return new RenderedFile("评议-通知.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", content);
        });
        assertThat(made).hasValue(0);

        handler.handleDownloadRequest(event());

        assertThat(made).hasValue(1);
        assertThat(served.toByteArray()).isEqualTo(content);
        verify(response).setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        verify(response).setHeader(eq("Content-Disposition"), org.mockito.ArgumentMatchers.contains("%E9%80%9A%E7%9F%A5.docx"));
        verify(response, never()).setStatus(Downloads.REFUSED);
    }

    @Test
    void a_broken_rule_answers_422_serves_nothing_and_is_shown_in_the_page() throws IOException {
        var handler = Downloads.handler(where, () -> {
            throw new DomainException("export.notice-units-unaccounted", 1, "宝山区教育局");
        });

        handler.handleDownloadRequest(event());
        MockVaadin.clientRoundtrip(false);

        verify(response).setStatus(Downloads.REFUSED);
        verify(response, never()).setHeader(eq("Content-Disposition"), anyString());
        assertThat(served.size()).isZero();
        assertThat(NotificationsKt.getNotifications()).hasSize(1);
    }

    private DownloadEvent event() {
        return new DownloadEvent(mock(VaadinRequest.class), response, VaadinSession.getCurrent(), where.getElement());
    }
}
