package com.pingyi.evaluation.ui.common.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A Chart.js chart on a canvas: bars, horizontal bars, a line or a doughnut, from labels and
 * datasets of exact values. Chart.js is a static file of the {@code org.webjars.npm:chart.js}
 * webjar, added to the page once per UI; the chart is drawn (the previous one destroyed first)
 * whenever data is set while attached and again on every attach. {@link #configJson()} is what
 * was last handed to the browser, so a browserless test can read what would be drawn, and the
 * canvas carries the same figures as text for screen readers. See DEVELOPERS.md, "Charts".
 */
public class ChartJs extends Div {

    public static final String VERSION = "4.5.1";
    /** Served by the servlet container from the webjar's META-INF/resources; permitted by the security chain. */
    public static final String SCRIPT = "context://webjars/chart.js/" + VERSION + "/dist/chart.umd.min.js";

    /** Pingyi's navy, a lighter navy, teal, amber, the brand red, grey: in order, for series and slices. */
    public static final List<String> PALETTE = List.of("#1d4f91", "#6f9fd8", "#2a9d8f", "#e0a100", "#a11f26", "#9aa5b1");

    // Waits for the script if it is not there yet (the first chart of a page may come with it).
    private static final String DRAW = """
            const host = this;
            const config = JSON.parse($0);
            const draw = (attempt) => {
              if (!window.Chart) {
                if (attempt < 100) { setTimeout(() => draw(attempt + 1), 50); }
                return;
              }
              const extra = config.pingyi;
              delete config.pingyi;
              const text = (ctx) => ctx.dataset.texts ? ctx.dataset.texts[ctx.dataIndex] : ctx.formattedValue + extra.unit;
              config.options.plugins.tooltip = { callbacks: { label: (ctx) =>
                  (config.type === 'doughnut' ? ctx.label : ctx.dataset.label) + ': ' + text(ctx) } };
              if (extra.valueAxis) {
                const scale = config.options.scales[extra.valueAxis];
                scale.ticks = Object.assign(scale.ticks || {}, { callback: (value) => value + extra.unit });
              }
              if (host.$chart) { host.$chart.destroy(); }
              host.$chart = new window.Chart(host.querySelector('canvas'), config);
              // Chart.js misses a resize that lands while it animates (the app layout's drawer
              // takes its room just after the first draw): measure again whenever the box changes
              if (!host.$resizer) {
                host.$resizer = new ResizeObserver(() => {
                  if (host.$chart && host.$chart.width !== Math.floor(host.clientWidth)) { host.$chart.resize(); }
                });
                host.$resizer.observe(host);
              }
            };
            draw(0);
            """;

    /** What is drawn. */
    public enum Kind {
        BAR("bar", "y"), HORIZONTAL_BAR("bar", "x"), LINE("line", "y"), DOUGHNUT("doughnut", null);

        private final String chartJsType;
        private final String valueAxis;

        Kind(String chartJsType, String valueAxis) {
            this.chartJsType = chartJsType;
            this.valueAxis = valueAxis;
        }

        String chartJsType() {
            return chartJsType;
        }

        /** The axis the values are read on; none for a doughnut. */
        String valueAxis() {
            return valueAxis;
        }
    }

    /** The value axis's bounds; null leaves a bound to Chart.js. */
    public record Axis(BigDecimal min, BigDecimal max) {

        public static final Axis AUTO = new Axis(null, null);
        /** 0..100, for rates in percent. */
        public static final Axis PERCENT = new Axis(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }

    /**
     * One series: its label, one value per chart label (null where there is none) and its colours:
     * one for the whole series, or one per value.
     */
    public record Dataset(String label, List<BigDecimal> values, List<String> colors) {

        public Dataset {
            Objects.requireNonNull(label, "label");
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
            colors = List.copyOf(colors);
            if (colors.isEmpty()) {
                throw new IllegalArgumentException("a dataset needs a colour");
            }
        }

        public static Dataset of(String label, List<BigDecimal> values, String color) {
            return new Dataset(label, values, List.of(color));
        }
    }

    private final Kind kind;
    private final Element canvas = new Element("canvas");
    private Axis axis = Axis.AUTO;
    private String unit = "";
    private boolean legend;
    private boolean wholeNumbers;
    private List<String> labels = List.of();
    private List<Dataset> datasets = List.of();
    private String config;

    public ChartJs(Kind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
        addClassName("chart");
        // Chart.js sizes the canvas to its parent: a positioned box of a set height
        getStyle().set("position", "relative").set("width", "100%").set("height", "18rem").set("min-width", "0");
        canvas.setAttribute("role", "img");
        getElement().appendChild(canvas);
    }

    /** The value axis's bounds, e.g. {@link Axis#PERCENT}. */
    public ChartJs withAxis(Axis valueAxis) {
        this.axis = Objects.requireNonNull(valueAxis, "axis");
        return this;
    }

    /** Shown after every value, on the axis and in the tooltip, e.g. "%". */
    public ChartJs withUnit(String valueUnit) {
        this.unit = Objects.requireNonNull(valueUnit, "unit");
        return this;
    }

    /** Ticks on whole numbers only, for counts. */
    public ChartJs withWholeNumbers() {
        this.wholeNumbers = true;
        return this;
    }

    public ChartJs withLegend(boolean shown) {
        this.legend = shown;
        return this;
    }

    /** What the chart is of, for screen readers (the canvas's accessible name). */
    public ChartJs withTitle(String title) {
        canvas.setAttribute("aria-label", title);
        return this;
    }

    /** Sets what to draw and draws it now if attached (else on attach). */
    public void setData(List<String> chartLabels, List<Dataset> chartDatasets) {
        for (Dataset d : chartDatasets) {
            if (d.values().size() != chartLabels.size()) {
                throw new IllegalArgumentException("dataset " + d.label() + " has " + d.values().size() + " values for "
                        + chartLabels.size() + " labels");
            }
            if (d.colors().size() != 1 && d.colors().size() != chartLabels.size()) {
                throw new IllegalArgumentException("dataset " + d.label() + " needs one colour or one per value");
            }
        }
        this.labels = List.copyOf(chartLabels);
        this.datasets = List.copyOf(chartDatasets);
        this.config = ChartConfig.json(kind, labels, datasets, axis, unit, legend, wholeNumbers);
        canvas.setText(summary());
        if (isAttached()) {
            draw();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Vaadin adds a script once per page, however many charts ask for it.
        attachEvent.getUI().getPage().addJavaScript(SCRIPT);
        if (config != null) {
            draw();
        }
    }

    private void draw() {
        getElement().executeJs(DRAW, config);
    }

    /** The figures as text: "label: value; ..." per dataset, the fallback content of the canvas. */
    private String summary() {
        return datasets.stream().map(d -> d.label() + " — " + java.util.stream.IntStream.range(0, labels.size())
                .mapToObj(k -> labels.get(k) + ": " + (d.values().get(k) == null ? "—" : d.values().get(k).toPlainString() + unit))
                .collect(Collectors.joining("; "))).collect(Collectors.joining(". "));
    }

    /** The configuration last handed to the browser, as JSON; null before any data was set. */
    public String configJson() {
        return config;
    }

    public Kind kind() {
        return kind;
    }

    public List<String> labels() {
        return labels;
    }

    public List<Dataset> datasets() {
        return datasets;
    }

    /** The text the canvas carries for screen readers. */
    public String textSummary() {
        return canvas.getText();
    }
}
