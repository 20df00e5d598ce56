package com.pingyi.evaluation.documents.notice;

import com.pingyi.evaluation.application.port.in.export.NoticeFormat;
import com.pingyi.evaluation.application.port.out.NoticeDocumentPort;
import com.pingyi.evaluation.domain.notice.Notice;
import org.springframework.stereotype.Component;

/** The notice as DOCX (to sign and post) or HTML (to preview), both from the same layout. */
@Component
public class NoticeDocumentAdapter implements NoticeDocumentPort {

    @Override
    public byte[] render(Notice notice, NoticeFormat format) {
        var blocks = NoticeLayout.blocks(notice);
        return switch (format) {
            case DOCX -> NoticeDocx.render(blocks);
            case HTML -> NoticeHtml.render(notice.title(), blocks);
        };
    }
}
