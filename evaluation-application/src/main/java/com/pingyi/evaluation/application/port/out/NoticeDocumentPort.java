package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.application.port.in.export.NoticeFormat;
import com.pingyi.evaluation.domain.notice.Notice;

/** Lays a composed notice out as a document; every figure is already in the notice, none is computed here. */
public interface NoticeDocumentPort {

    byte[] render(Notice notice, NoticeFormat format);
}
