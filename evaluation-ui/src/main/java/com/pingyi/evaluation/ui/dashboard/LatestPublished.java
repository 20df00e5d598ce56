package com.pingyi.evaluation.ui.dashboard;

import com.pingyi.evaluation.application.readmodel.Dashboard;
import com.pingyi.evaluation.ui.common.Formats;
import com.pingyi.evaluation.ui.common.chart.ChartJs;
import com.pingyi.evaluation.ui.notice.NoticeView;
import com.pingyi.evaluation.ui.result.ResultsView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The latest published round at a glance: how many units each band holds, each dimension's
 * average rate across units, and the way to its full results and its notice.
 */
class LatestPublished extends Div {

    /** Named bands in shades of the primary colour, from the top band down; a band the notice does not name in grey. */
    private static final List<String> NAMED_COLOURS = List.of("#1d4f91", "#3f74b8", "#6f9fd8", "#2a9d8f", "#e0a100");
    private static final String UNNAMED_COLOUR = "#9aa5b1";

    private final ChartJs bands = new ChartJs(ChartJs.Kind.BAR).withWholeNumbers();
    private final ChartJs dimensions = new ChartJs(ChartJs.Kind.HORIZONTAL_BAR).withAxis(ChartJs.Axis.PERCENT).withUnit("%");

    LatestPublished(Dashboard.PublishedOverview round) {
        setId("latest-published");
        setWidthFull();
        RouteParameters params = new RouteParameters("roundId", round.id().toString());
        RouterLink results = new RouterLink(getTranslation("dashboard.latest.results"), ResultsView.class, params);
        results.setId("latest-results-link");
        RouterLink notice = new RouterLink(getTranslation("dashboard.latest.notice"), NoticeView.class, params);
        notice.setId("latest-notice-link");
        Div links = new Div(results, notice);
        links.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.LARGE);
        Span title = new Span(round.year() + " · " + round.title());
        title.setId("latest-title");
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Div head = new Div(title, links);
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.JustifyContent.BETWEEN,
                LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.MEDIUM, LumoUtility.Margin.Bottom.MEDIUM);

        bands.setId("band-chart");
        bands.withTitle(getTranslation("dashboard.bands.heading"));
        bands.setData(round.bands().stream().map(Dashboard.BandCount::label).toList(), List.of(bandDataset(round.bands())));
        Paragraph bandText = new Paragraph(bandText(round));
        bandText.setId("band-text");
        bandText.addClassNames("muted", LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);

        dimensions.setId("dimension-chart");
        dimensions.withTitle(getTranslation("dashboard.dimensions.heading"));
        dimensions.setData(round.dimensions().stream().map(Dashboard.DimensionAverage::name).toList(),
                List.of(ChartJs.Dataset.of(getTranslation("dashboard.dimensions.series"), round.dimensions().stream()
                        .map(d -> shown(d.averagePercent(), round.precision())).toList(), ChartJs.PALETTE.getFirst())));
        Paragraph dimensionText = new Paragraph(dimensionText(round));
        dimensionText.setId("dimension-text");
        dimensionText.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        Paragraph dimensionNote = new Paragraph(getTranslation("dashboard.dimensions.note"));
        dimensionNote.addClassNames("muted", LumoUtility.FontSize.XSMALL, LumoUtility.Margin.Top.XSMALL, LumoUtility.Margin.Bottom.NONE);

        add(new H3(getTranslation("dashboard.latest.heading")), head,
                Panels.row(Panels.card(new H4(getTranslation("dashboard.bands.heading")), bands, bandText),
                        Panels.card(new H4(getTranslation("dashboard.dimensions.heading")), dimensions, dimensionText, dimensionNote)));
    }

    private ChartJs.Dataset bandDataset(List<Dashboard.BandCount> counts) {
        List<String> colours = new ArrayList<>();
        int named = 0;
        for (Dashboard.BandCount band : counts) {
            colours.add(band.named() ? NAMED_COLOURS.get(Math.min(named++, NAMED_COLOURS.size() - 1)) : UNNAMED_COLOUR);
        }
        return new ChartJs.Dataset(getTranslation("dashboard.bands.series"),
                counts.stream().map(b -> BigDecimal.valueOf(b.units())).toList(), colours);
    }

    /** "优秀 [90, 100]: 3 · ..." and the units with nothing applicable, if any. */
    private String bandText(Dashboard.PublishedOverview round) {
        String perBand = round.bands().stream().map(b -> getTranslation("dashboard.bands.line", b.label(), b.interval(), b.units()))
                .collect(Collectors.joining(" · "));
        String text = getTranslation("dashboard.bands.total", perBand, round.unitsRanked());
        return round.unrated() == 0 ? text : text + " " + getTranslation("dashboard.bands.unrated", round.unrated());
    }

    /** "政府信息公开 92.35%（权重 40%） · ...": the averages as figures, rounded as the chart shows them. */
    private String dimensionText(Dashboard.PublishedOverview round) {
        return round.dimensions().stream().map(d -> getTranslation("dashboard.dimensions.line", d.name(),
                Formats.percent(shown(d.averagePercent(), round.precision())), d.weight().stripTrailingZeros().toPlainString()))
                .collect(Collectors.joining(" · "));
    }

    /** An exact average as the round shows rates: HALF_UP to its display precision. */
    private static BigDecimal shown(BigDecimal percent, int precision) {
        return percent == null ? null : percent.setScale(precision, RoundingMode.HALF_UP);
    }

    ChartJs bandChart() {
        return bands;
    }

    ChartJs dimensionChart() {
        return dimensions;
    }
}
