package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.shared.DomainException;
import java.util.List;
import java.util.stream.Stream;

/**
 * The next year's round, cloned from this year's. It is built from what the source shows through its
 * public accessors and restored like a stored round, so none of the year's records (scores, findings,
 * withdrawals, amendments, publications) can slip across by accident: each is left out by name below.
 */
final class RoundCloning {

    private RoundCloning() {
    }

    static EvaluationRound next(EvaluationRound source, EvaluationYear year, String title) {
        if (year.compareTo(source.year()) < 0) {
            throw new DomainException("round.clone.year-before-source", year.value(), source.year().value());
        }
        // Oldest first: items carried into this round were raised before the ones raised in it.
        List<RectificationItem> stillOpen = Stream.concat(source.carriedRectifications().stream(),
                source.rectifications().stream()).filter(RectificationItem::isOpen).toList();
        RoundContents contents = new RoundContents(source.scheme().orElse(null), source.scale(),
                source.displayPrecision(), source.spreadLimit(), source.units(),
                List.of() /* withdrawals */, List.of() /* scores */, List.of() /* findings */,
                List.of() /* rectifications raised */, stillOpen, List.of() /* amendments */,
                null /* notice settings */, List.of() /* publications */, source.id(), source.scorers());
        return EvaluationRound.restore(RoundId.newId(), year, title, RoundStatus.DRAFT, 0, contents);
    }
}
