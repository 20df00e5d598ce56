package com.pingyi.evaluation.ui.finding;

import com.pingyi.evaluation.application.readmodel.FindingView;
import com.pingyi.evaluation.application.readmodel.StatisticFigure;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;

/**
 * One finding as the notice prints it, numbered within its section: the sentence with its computed
 * figures, what it is about, the statistics it quotes and, when it quotes any, the text as typed. The
 * actions shown are those the round's status and the user's role allow.
 */
class FindingCard extends Div {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    FindingCard(FindingView finding, Permissions permissions, Consumer<FindingView> onRemove, Consumer<FindingView> onRaise) {
        setId("finding-" + finding.id());
        addClassName("finding-card");
        Span number = new Span(number(finding.position()));
        number.addClassName("finding-number");

        Paragraph rendered = new Paragraph(finding.rendered());
        rendered.setId("finding-rendered-" + finding.id());
        rendered.addClassName("finding-text");
        Div meta = new Div();
        meta.addClassName("finding-meta");
        if (finding.unitName() != null) {
            meta.add(chip(getTranslation("findings.card.unit", finding.unitName()), "unit"));
        }
        if (finding.dimensionName() != null) {
            meta.add(chip(getTranslation("findings.card.dimension", finding.dimensionName()), "dimension"));
        }
        for (int k = 0; k < finding.statistics().size(); k++) {
            StatisticFigure s = finding.statistics().get(k);
            Span chip = chip("{" + k + "} " + StatisticText.withFigure(this, s), "statistic");
            chip.setId("finding-statistic-" + finding.id() + "-" + k);
            meta.add(chip);
        }
        if (finding.rectifications() > 0) {
            meta.add(chip(getTranslation("findings.card.rectifications", finding.rectifications()), "rectification"));
        }
        Div body = new Div(rendered, meta);
        body.addClassName("finding-body");
        if (!finding.statistics().isEmpty()) {
            Paragraph typed = new Paragraph(getTranslation("findings.card.typed", finding.text()));
            typed.addClassName("finding-raw");
            body.add(typed);
        }

        Div actions = new Div();
        actions.addClassName("finding-actions");
        if (permissions.raise() && finding.rectifiable()) {
            Button raise = new Button(getTranslation("findings.card.raise"), VaadinIcon.FLAG_O.create(),
                    click -> onRaise.accept(finding));
            raise.setId("finding-raise-" + finding.id());
            raise.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(raise);
        }
        if (permissions.editFindings()) {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> onRemove.accept(finding));
            remove.setId("finding-remove-" + finding.id());
            remove.setAriaLabel(getTranslation("findings.card.remove"));
            remove.setTooltipText(getTranslation("findings.card.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(remove);
        }
        add(number, body, actions);
    }

    private static Span chip(String text, String kind) {
        Span chip = new Span(text);
        chip.addClassNames("finding-chip", kind);
        return chip;
    }

    /** （一）, （二）, … as the seed notice numbers its points; past ten the digits. */
    static String number(int position) {
        return "（" + (position >= 1 && position <= NUMERALS.length ? NUMERALS[position - 1] : Integer.toString(position)) + "）";
    }
}
