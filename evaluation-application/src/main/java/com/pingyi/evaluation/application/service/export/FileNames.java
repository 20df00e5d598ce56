package com.pingyi.evaluation.application.service.export;

import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.shared.DomainException;

/** What the exports share: finding the round, and a file name that every operating system accepts. */
final class FileNames {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HTML = "text/html; charset=UTF-8";
    static final String CSV = "text/csv; charset=UTF-8";

    private static final int MAX_STEM = 80;

    private FileNames() {
    }

    static EvaluationRound round(LoadRoundPort load, RoundId id) {
        return load.loadRound(id).orElseThrow(() -> new DomainException("round.not-found", id));
    }

    /** The round's title with the characters Windows refuses in a file name replaced, then what the file holds. */
    static String of(String roundTitle, String what, String extension) {
        String stem = roundTitle.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM);
        }
        return stem + "-" + what + "." + extension;
    }
}
