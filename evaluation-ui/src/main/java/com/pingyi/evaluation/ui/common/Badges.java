package com.pingyi.evaluation.ui.common;

import com.vaadin.flow.component.html.Span;

/** Small coloured labels for bands and statuses, styled in styles.css. */
public final class Badges {

    private Badges() {
    }

    /** A band label: coloured when the notice names the band, grey when it does not. */
    public static Span band(String label, boolean named) {
        Span badge = new Span(label == null ? "—" : label);
        badge.addClassNames("status-badge", named ? "band-named" : "band-unnamed");
        return badge;
    }
}
