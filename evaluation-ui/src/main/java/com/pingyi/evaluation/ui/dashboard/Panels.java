package com.pingyi.evaluation.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The dashboard's boxes: a white card with a light border, and a wrapping row of them. */
final class Panels {

    private Panels() {
    }

    static Div card(Component... content) {
        Div card = new Div(content);
        card.addClassNames("dashboard-card", LumoUtility.Background.BASE, LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.LARGE, LumoUtility.Padding.LARGE, LumoUtility.BoxShadow.XSMALL,
                LumoUtility.BoxSizing.BORDER);
        return card;
    }

    /** Side by side while there is room, one under the other on a narrow screen. */
    static Div row(Component... cards) {
        Div row = new Div(cards);
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE, LumoUtility.Width.FULL);
        for (Component card : cards) {
            // grow from a base of 22rem: two per row on a desktop
            card.getElement().getStyle().set("flex", "1 1 22rem").set("min-width", "0");
        }
        return row;
    }
}
