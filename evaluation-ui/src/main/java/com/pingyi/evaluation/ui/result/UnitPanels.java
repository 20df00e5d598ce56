package com.pingyi.evaluation.ui.result;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The unit pages' boxes: a bordered card, and a wrapping row that puts two side by side where there is room. */
final class UnitPanels {

    private UnitPanels() {
    }

    static void card(HasStyle box) {
        box.addClassNames(LumoUtility.Background.BASE, LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.LARGE, LumoUtility.Padding.MEDIUM, LumoUtility.BoxSizing.BORDER);
    }

    static Div row(Component... cards) {
        Div row = new Div(cards);
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE, LumoUtility.Width.FULL,
                LumoUtility.AlignItems.START);
        for (Component card : cards) {
            // grow from a base of 24rem: two per row on a desktop
            card.getElement().getStyle().set("flex", "1 1 24rem").set("min-width", "0");
        }
        return row;
    }
}
