package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.shared.DomainException;
import java.util.List;

/** A batch of score entries refused as a whole: every refused entry with its position and broken rule; nothing was recorded. */
public final class RejectedEntriesException extends DomainException {

    /** The entry at {@code index} (0-based, in the order given) broke {@code rule}. */
    public record Rejection(int index, DomainException rule) {
    }

    private final transient List<Rejection> rejections;

    public RejectedEntriesException(List<Rejection> rejections, int total) {
        super("score.batch-rejected", rejections.size(), total);
        this.rejections = List.copyOf(rejections);
    }

    public List<Rejection> rejections() {
        return rejections;
    }
}
