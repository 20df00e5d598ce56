package com.pingyi.evaluation.ui.common.chart;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a Chart.js configuration as JSON text. Values go in as the decimal text of their
 * BigDecimal, so the browser's JSON.parse is the one place a figure becomes a binary number, only
 * to be drawn; the exact text of each value travels beside it for the tooltip.
 */
final class ChartConfig {

    private ChartConfig() {
    }

    static String json(ChartJs.Kind kind, List<String> labels, List<ChartJs.Dataset> datasets, ChartJs.Axis axis, String unit,
            boolean legend, boolean wholeNumbers) {
        StringBuilder out = new StringBuilder(256);
        out.append("{\"type\":").append(string(kind.chartJsType()));
        out.append(",\"data\":{\"labels\":").append(strings(labels)).append(",\"datasets\":[");
        for (int k = 0; k < datasets.size(); k++) {
            out.append(k == 0 ? "" : ",").append(dataset(kind, datasets.get(k), unit));
        }
        out.append("]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":{\"duration\":300}");
        if (kind == ChartJs.Kind.HORIZONTAL_BAR) {
            out.append(",\"indexAxis\":\"y\"");
        }
        out.append(",\"plugins\":{\"legend\":{\"display\":").append(legend).append(",\"position\":\"bottom\"}}");
        String valueAxis = kind.valueAxis();
        if (valueAxis != null) {
            out.append(",\"scales\":{").append(string(valueAxis)).append(":{\"beginAtZero\":true");
            if (axis.min() != null) {
                out.append(",\"min\":").append(axis.min().toPlainString());
            }
            if (axis.max() != null) {
                out.append(",\"max\":").append(axis.max().toPlainString());
            }
            if (wholeNumbers) {
                out.append(",\"ticks\":{\"precision\":0}");
            }
            out.append('}');
            if (kind == ChartJs.Kind.LINE) {
                // a lone year sits in the middle of the axis, not on its edge
                out.append(",\"x\":{\"offset\":true}");
            }
            out.append('}');
        }
        out.append("},\"pingyi\":{\"unit\":").append(string(unit)).append(",\"valueAxis\":")
                .append(valueAxis == null ? "null" : string(valueAxis)).append("}}");
        return out.toString();
    }

    private static String dataset(ChartJs.Kind kind, ChartJs.Dataset d, String unit) {
        StringBuilder out = new StringBuilder();
        out.append("{\"label\":").append(string(d.label()));
        out.append(",\"data\":[").append(d.values().stream().map(v -> v == null ? "null" : v.toPlainString())
                .collect(Collectors.joining(","))).append(']');
        out.append(",\"texts\":").append(strings(d.values().stream().map(v -> v == null ? "—" : v.toPlainString() + unit).toList()));
        String colors = d.colors().size() == 1 ? string(d.colors().getFirst()) : strings(d.colors());
        out.append(",\"backgroundColor\":").append(colors);
        if (kind == ChartJs.Kind.LINE) {
            out.append(",\"borderColor\":").append(colors).append(",\"fill\":false,\"tension\":0.2,\"pointRadius\":5,\"spanGaps\":true");
        } else if (kind == ChartJs.Kind.DOUGHNUT) {
            out.append(",\"borderColor\":\"#ffffff\",\"borderWidth\":2");
        } else {
            out.append(",\"borderRadius\":3,\"maxBarThickness\":48");
        }
        return out.append('}').toString();
    }

    private static String strings(List<String> values) {
        return values.stream().map(ChartConfig::string).collect(Collectors.joining(",", "[", "]"));
    }

    /** A JSON string literal; "<" escaped too, so that no text can close a script element. */
    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
