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

    /** Neighbouring bands alternate shades so that their border shows. */
    private boolean shade;

    BandsBar() {
        setId("bands-bar");
        addClassName("bands-bar");
        // Inline, because the security configuration serves no stylesheet but the app's own styles.css.
        getStyle().set("position", "relative").set("width", "100%").set("height", "2.25rem").set("overflow", "hidden")
                .set("border-radius", "var(--lumo-border-radius-m)").set("background", "var(--lumo-contrast-5pct)");
    }

    void show(List<Segment> bands) {
        removeAll();
        shade = false;
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
        piece.getStyle().set("left", from.toPlainString() + "%").set("width", to.subtract(from).toPlainString() + "%")
                .set("position", "absolute").set("top", "0").set("bottom", "0").set("box-sizing", "border-box")
                .set("display", "flex").set("align-items", "center").set("justify-content", "center")
                .set("overflow", "hidden").set("white-space", "nowrap").set("font-size", "var(--lumo-font-size-s)");
        switch (className) {
            case "bands-gap" -> piece.getStyle().set("background", "repeating-linear-gradient(45deg, "
                    + "var(--lumo-error-color-10pct) 0 6px, var(--lumo-error-color-50pct) 6px 12px)")
                    .set("color", "var(--lumo-error-text-color)");
            case "bands-overlap" -> piece.getStyle().set("background", "var(--lumo-error-color)")
                    .set("color", "var(--lumo-error-contrast-color)").set("z-index", "1");
            default -> piece.getStyle().set("background", shade ? "var(--lumo-primary-color-50pct)" : "var(--lumo-primary-color-10pct)")
                    .set("color", shade ? "var(--lumo-primary-contrast-color)" : "var(--lumo-primary-text-color)")
                    .set("border-right", "2px solid var(--lumo-base-color)");
        }
        if ("bands-segment".equals(className)) {
            shade = !shade;
        }
        piece.getElement().setAttribute("title", text + " " + from.toPlainString() + "–" + to.toPlainString());
        return piece;
    }
}
