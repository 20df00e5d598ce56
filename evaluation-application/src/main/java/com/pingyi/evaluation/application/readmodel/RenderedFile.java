package com.pingyi.evaluation.application.readmodel;

import java.util.Objects;

/** A file made for download: the name it is saved under, its media type and its bytes. */
public record RenderedFile(String fileName, String contentType, byte[] content) {

    public RenderedFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
