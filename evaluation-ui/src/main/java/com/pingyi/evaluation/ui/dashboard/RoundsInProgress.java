package com.pingyi.evaluation.ui.dashboard;

import com.pingyi.evaluation.application.readmodel.Dashboard;
import com.pingyi.evaluation.ui.result.ResultsView;
import com.pingyi.evaluation.ui.round.RoundsView;
import com.pingyi.evaluation.ui.scheme.SchemeView;
import com.pingyi.evaluation.ui.scoring.CompletenessView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Locale;

/**
 * The rounds in progress, newest first: each with its stage, how many of the expected scores are
 * in (a bar and the numbers), and a link to where its work goes on.
 */
class RoundsInProgress extends Div {

    RoundsInProgress(List<Dashboard.RoundProgress> rounds, boolean more) {
        setId("rounds-in-progress");
        setWidthFull();
        add(new H3(getTranslation("dashboard.in-progress.heading")));
        if (rounds.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.in-progress.none"));
            none.addClassName("muted");
            add(none);
        }
        Div list = new Div();
        list.addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.MEDIUM);
        // as many columns of at least 20rem as fit
        list.getStyle().set("grid-template-columns", "repeat(auto-fill, minmax(20rem, 1fr))");
        rounds.forEach(round -> list.add(round(round)));
        add(list);
        if (more) {
            Paragraph rest = new Paragraph(getTranslation("dashboard.in-progress.more") + " ");
            rest.add(new RouterLink(getTranslation("dashboard.in-progress.all"), RoundsView.class));
            rest.setId("in-progress-more");
            add(rest);
        }
    }

    private Component round(Dashboard.RoundProgress round) {
        String id = round.id().toString();
        RouterLink title = new RouterLink(round.year() + " · " + round.title(), target(round), new RouteParameters("roundId", id));
        title.setId("in-progress-" + id);
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span status = new Span(getTranslation("round.status." + round.status().name()));
        status.addClassNames("status-badge", "status-" + round.status().name().toLowerCase(Locale.ROOT));
        Div head = new Div(title, status);
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.JustifyContent.BETWEEN, LumoUtility.AlignItems.START,
                LumoUtility.Gap.SMALL);

        Span stage = new Span(getTranslation("dashboard.stage." + round.status().name()));
        stage.addClassNames("muted", LumoUtility.FontSize.SMALL);
        ProgressBar bar = new ProgressBar();
        bar.setId("progress-" + id);
        // a bar is drawn in doubles; the exact numbers are written beside it
        bar.setValue(round.expected() == 0 ? 0 : (double) round.recorded() / round.expected());
        Span numbers = new Span(numbers(round));
        numbers.setId("progress-text-" + id);
        numbers.addClassNames(LumoUtility.FontSize.SMALL);
        Div box = Panels.card(head, stage, bar, numbers);
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        box.removeClassName(LumoUtility.Padding.LARGE);
        box.addClassName(LumoUtility.Padding.MEDIUM);
        return box;
    }

    /** "255 / 256 scores in (99.6%)", or why nothing is expected yet. */
    String numbers(Dashboard.RoundProgress round) {
        return round.percentIn().map(percent -> getTranslation("dashboard.progress", round.recorded(), round.expected(),
                percent.toPlainString())).orElseGet(() -> getTranslation("dashboard.progress.nothing-expected"));
    }

    /** Where the round's work goes on: its scheme while a draft, its missing scores while open, its results once closed. */
    private static Class<? extends Component> target(Dashboard.RoundProgress round) {
        return switch (round.status()) {
            case DRAFT -> SchemeView.class;
            case OPEN -> CompletenessView.class;
            case CLOSED, PUBLISHED -> ResultsView.class;
        };
    }
}
