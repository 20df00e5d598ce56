package com.pingyi.evaluation.application.port.in.mywork;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import java.util.Objects;

/** Query: one page of the signed-in expert's unit x dimension pairs, newest round first. */
public record ListMyAssignments(PageRequest page) {

    public ListMyAssignments {
        Objects.requireNonNull(page, "page");
    }
}
