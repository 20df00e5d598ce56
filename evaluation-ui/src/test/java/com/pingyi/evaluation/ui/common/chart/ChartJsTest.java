package com.pingyi.evaluation.ui.common.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the chart hands to Chart.js: valid JSON, exact decimal text, and the shape each kind needs. */
class ChartJsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_script_the_chart_loads_is_in_the_webjar_on_the_classpath() {
        // a bumped chartjs.version in the pom without ChartJs.VERSION (or the reverse) fails here, not in a browser
        String path = "/META-INF/resources/" + ChartJs.SCRIPT.substring("context://".length());

        assertThat(ChartJsTest.class.getResource(path)).as(path).isNotNull();
    }

    @Test
    void values_travel_as_their_exact_decimal_text_with_a_text_per_value_for_the_tooltip() {
        ChartJs chart = new ChartJs(ChartJs.Kind.HORIZONTAL_BAR).withAxis(ChartJs.Axis.PERCENT).withUnit("%");

        chart.setData(List.of("政府信息公开", "网上办事与服务"), List.of(ChartJs.Dataset.of("平均得分率",
                Arrays.asList(new BigDecimal("92.35"), null), "#1d4f91")));

        JsonNode config = JSON.readTree(chart.configJson());
        assertThat(chart.configJson()).contains("\"data\":[92.35,null]");
        assertThat(config.get("type").asString()).isEqualTo("bar");
        assertThat(config.at("/options/indexAxis").asString()).isEqualTo("y");
        assertThat(config.at("/options/scales/x/min").decimalValue()).isEqualByComparingTo("0");
        assertThat(config.at("/options/scales/x/max").decimalValue()).isEqualByComparingTo("100");
        assertThat(config.at("/data/labels/0").asString()).isEqualTo("政府信息公开");
        assertThat(config.at("/data/datasets/0/texts/0").asString()).isEqualTo("92.35%");
        assertThat(config.at("/data/datasets/0/texts/1").asString()).isEqualTo("—");
        assertThat(config.at("/pingyi/unit").asString()).isEqualTo("%");
        assertThat(config.at("/pingyi/valueAxis").asString()).isEqualTo("x");
        assertThat(chart.textSummary()).isEqualTo("平均得分率 — 政府信息公开: 92.35%; 网上办事与服务: —");
        assertThat(chart.datasets().getFirst().values()).containsExactly(new BigDecimal("92.35"), null);
    }

    @Test
    void a_doughnut_has_no_axis_a_line_no_fill_and_colours_may_be_given_per_value() {
        ChartJs doughnut = new ChartJs(ChartJs.Kind.DOUGHNUT).withLegend(true);
        doughnut.setData(List.of("优秀", "良好"), List.of(new ChartJs.Dataset("单位数",
                List.of(BigDecimal.valueOf(3), BigDecimal.valueOf(2)), List.of("#1d4f91", "#6f9fd8"))));
        ChartJs line = new ChartJs(ChartJs.Kind.LINE);
        line.setData(List.of("2019", "2020"), List.of(ChartJs.Dataset.of("得分率",
                List.of(new BigDecimal("91.50"), new BigDecimal("93.25")), "#1d4f91")));

        JsonNode d = JSON.readTree(doughnut.configJson());
        JsonNode l = JSON.readTree(line.configJson());
        assertThat(d.at("/options/scales").isMissingNode()).isTrue();
        assertThat(d.at("/pingyi/valueAxis").isNull()).isTrue();
        assertThat(d.at("/options/plugins/legend/display").asBoolean()).isTrue();
        assertThat(d.at("/data/datasets/0/backgroundColor/1").asString()).isEqualTo("#6f9fd8");
        assertThat(l.get("type").asString()).isEqualTo("line");
        assertThat(l.at("/data/datasets/0/fill").asBoolean()).isFalse();
        // scale kept as typed: 91.50 stays 91.50 in the text the browser parses
        assertThat(line.configJson()).contains("[91.50,93.25]");
        assertThat(l.at("/options/scales/y/min").isMissingNode()).isTrue();
    }

    @Test
    void labels_are_escaped_so_no_text_can_break_out_of_the_json_or_a_script() {
        ChartJs chart = new ChartJs(ChartJs.Kind.BAR);

        chart.setData(List.of("a\"b\\c</script>\n"), List.of(ChartJs.Dataset.of("x", List.of(BigDecimal.ONE), "#000")));

        assertThat(chart.configJson()).doesNotContain("</script>");
        assertThat(JSON.readTree(chart.configJson()).at("/data/labels/0").asString()).isEqualTo("a\"b\\c</script>\n");
    }

    @Test
    void data_that_does_not_fit_the_labels_is_refused_and_nothing_is_drawn() {
        ChartJs chart = new ChartJs(ChartJs.Kind.BAR);

        assertThatThrownBy(() -> chart.setData(List.of("a", "b"), List.of(ChartJs.Dataset.of("x", List.of(BigDecimal.ONE), "#000"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart.setData(List.of("a", "b", "c"), List.of(new ChartJs.Dataset("x",
                List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE), List.of("#000", "#111")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(chart.configJson()).isNull();
    }
}
