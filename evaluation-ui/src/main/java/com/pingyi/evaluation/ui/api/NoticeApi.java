package com.pingyi.evaluation.ui.api;

import com.pingyi.evaluation.application.port.in.export.ExportNotice;
import com.pingyi.evaluation.application.port.in.export.ExportNoticeUseCase;
import com.pingyi.evaluation.application.port.in.export.NoticeFormat;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import com.pingyi.evaluation.domain.round.RoundId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notice of a round as the DOCX the commission signs, or as HTML to preview (admins and auditors).
 */
@RestController
@RequestMapping("/api/rounds")
class NoticeApi {

    /** The notice is dated in the commission's own calendar, whatever the server's zone. */
    private static final ZoneId NOTICE_ZONE = ZoneId.of("Asia/Shanghai");

    private final ExportNoticeUseCase exportNotice;
    private final Clock clock;

    NoticeApi(ExportNoticeUseCase exportNotice, Clock clock) {
        this.exportNotice = exportNotice;
        this.clock = clock;
    }

    /** {@code on}: the date it would be published, today by default (ignored once published); {@code version}: a published version, the latest by default. */
    @GetMapping("/{id}/notice.docx")
    ResponseEntity<byte[]> docx(@PathVariable String id, @RequestParam(required = false) String on,
                                @RequestParam(required = false) Integer version) {
        return file(render(id, NoticeFormat.DOCX, on, version), false);
    }

    @GetMapping("/{id}/notice.html")
    ResponseEntity<byte[]> html(@PathVariable String id, @RequestParam(required = false) String on,
                                @RequestParam(required = false) Integer version) {
        return file(render(id, NoticeFormat.HTML, on, version), true);
    }

    private RenderedFile render(String id, NoticeFormat format, String on, Integer version) {
        RoundId round = RoundId.of(id);
        LocalDate date = on == null || on.isBlank() ? LocalDate.now(clock.withZone(NOTICE_ZONE)) : date(on);
        return exportNotice.exportNotice(new ExportNotice(round, format, date, version));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ApiExceptions.BadParameter("on", text);
        }
    }

    /** HTML is shown where it is opened; the DOCX is saved under its own (Chinese) name. */
    static ResponseEntity<byte[]> file(RenderedFile file, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(file.content());
    }
}
