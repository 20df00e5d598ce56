package com.pingyi.evaluation.application.service.export;

import com.pingyi.evaluation.application.port.in.export.ExportNotice;
import com.pingyi.evaluation.application.port.in.export.ExportNoticeUseCase;
import com.pingyi.evaluation.application.port.in.export.NoticeFormat;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.NoticeDocumentPort;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import com.pingyi.evaluation.application.service.result.ResultQueries;
import com.pingyi.evaluation.domain.notice.Notice;
import com.pingyi.evaluation.domain.notice.NoticeCrossCheck;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.shared.DomainException;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice as a document. It is composed by the same code as the preview, so the figures are computed
 * from the data at this moment (or taken from the published version as issued), and it leaves only after
 * the cross-check that publishing applies: a document that leaves a unit out without a reason is refused.
 */
class ExportNoticeService implements ExportNoticeUseCase {

    private final LoadRoundPort load;
    private final NoticeDocumentPort documents;

    ExportNoticeService(LoadRoundPort load, NoticeDocumentPort documents) {
        this.load = load;
        this.documents = documents;
    }

    @Override
    @Transactional(readOnly = true)
    public RenderedFile exportNotice(ExportNotice query) {
        EvaluationRound round = FileNames.round(load, query.round());
        Notice notice = ResultQueries.noticeOf(round, query.on(), query.version());
        List<String> unaccounted = NoticeCrossCheck.unaccounted(round.units(), notice);
        if (!unaccounted.isEmpty()) {
            throw new DomainException("export.notice-units-unaccounted", unaccounted.size(), String.join("、", unaccounted));
        }
        byte[] content = documents.render(notice, query.format());
        String what = query.version() == null || query.version() == 1 ? "通知" : "通知-第" + query.version() + "版";
        return query.format() == NoticeFormat.DOCX
                ? new RenderedFile(FileNames.of(round.title(), what, "docx"), FileNames.DOCX, content)
                : new RenderedFile(FileNames.of(round.title(), what, "html"), FileNames.HTML, content);
    }
}
