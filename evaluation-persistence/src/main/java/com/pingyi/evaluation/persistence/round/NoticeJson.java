package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.domain.notice.Notice;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published notice as JSON text. The notice is a document (title, sentences, sections and lists of
 * names) that is written once and read whole; a dozen tables for it would buy nothing. It holds no
 * score: the figures it quotes are counts, and the standings beside it are stored relationally.
 */
final class NoticeJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private NoticeJson() {
    }

    static String write(Notice notice) {
        return JSON.writeValueAsString(notice);
    }

    static Notice read(String json) {
        return JSON.readValue(json, Notice.class);
    }
}
