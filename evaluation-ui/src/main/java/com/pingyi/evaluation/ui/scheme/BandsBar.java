package com.pingyi.evaluation.ui.scheme;

import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bands laid out on 0..100, so that a gap or an overlap is seen before the domain names it. The
 * scale is already 0..100, so a band's width in percent is its width in points of score rate.
 */
class BandsBar extends Div {

    /** A band's plain values, possibly incomplete. */
    record Segment(String label, BigDecimal lower, BigDecimal upper) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    BandsBar() {
        setId("bands-bar");
        addClassName("bands-bar");
    }

    void show(List<Segment> bands) {
        removeAll();
        List<Segment> sorted = new ArrayList<>(bands.stream()
                .filter(s -> s.lower() != null && s.upper() != null && s.lower().compareTo(s.upper()) <= 0).toList());
        sorted.sort(Comparator.comparing(Segment::lower));
        BigDecimal cursor = BigDecimal.ZERO;
        for (Segment s : sorted) {
            if (s.lower().compareTo(cursor) > 0) {
                add(piece("bands-gap", cursor, s.lower(), getTranslation("bands.bar.gap")));
            } else if (s.lower().compareTo(cursor) < 0) {
                add(piece("bands-overlap", s.lower(), cursor.min(s.upper()), getTranslation("bands.bar.overlap")));
            }
            BigDecimal from = s.lower().max(cursor);
            if (s.upper().compareTo(from) > 0) {
                add(piece("bands-segment", from, s.upper(), s.label()));
            }
            cursor = cursor.max(s.upper());
        }
        if (cursor.compareTo(HUNDRED) < 0) {
            add(piece("bands-gap", cursor, HUNDRED, getTranslation("bands.bar.gap")));
        }
    }

    private Div piece(String className, BigDecimal from, BigDecimal to, String text) {
        Div piece = new Div(text);
        piece.addClassName(className);
        piece.getStyle().set("left", from.toPlainString() + "%").set("width", to.subtract(from).toPlainString() + "%");
        piece.getElement().setAttribute("title", text + " " + from.toPlainString() + "–" + to.toPlainString());
        return piece;
    }
}
