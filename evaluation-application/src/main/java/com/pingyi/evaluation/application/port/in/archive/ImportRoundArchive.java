package com.pingyi.evaluation.application.port.in.archive;

import java.util.Objects;

/** Command: a round archive file, to be stored as the round it describes, all or nothing. */
public record ImportRoundArchive(String fileName, byte[] content) {

    public ImportRoundArchive {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }
}
