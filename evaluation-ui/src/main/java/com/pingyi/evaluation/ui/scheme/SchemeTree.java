package com.pingyi.evaluation.ui.scheme;

import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.util.List;

/** The working copy as a tree: dimensions with their weights, indicators with their points, method, kind and aggregation. */
class SchemeTree extends TreeGrid<SchemeNode> {

    SchemeTree() {
        setId("scheme-tree");
        // A scheme has a few dozen rows at most: show them all rather than a scroll box.
        setAllRowsVisible(true);
        addHierarchyColumn(n -> n.isDimension() ? n.dimension().code : n.indicator().code().value())
                .setHeader(getTranslation("scheme.column.code")).setKey("code");
        addColumn(n -> n.isDimension() ? n.dimension().name : n.indicator().name())
                .setHeader(getTranslation("scheme.column.name")).setKey("name").setFlexGrow(3);
        addColumn(n -> n.isDimension() && n.dimension().weight != null ? n.dimension().weight.stripTrailingZeros().toPlainString() : "")
                .setHeader(getTranslation("scheme.column.weight")).setKey("weight");
        addColumn(n -> n.isDimension() ? "" : n.indicator().max().toString())
                .setHeader(getTranslation("scheme.column.max")).setKey("max");
        addColumn(n -> n.isDimension() ? "" : getTranslation("method." + n.indicator().method().name()))
                .setHeader(getTranslation("scheme.column.method")).setKey("method");
        addColumn(n -> n.isDimension() ? "" : kindText(n.indicator().kind()))
                .setHeader(getTranslation("scheme.column.kind")).setKey("kind").setFlexGrow(2);
        addColumn(n -> n.isDimension() || !n.indicator().kind().scoredByScorers() ? ""
                : getTranslation("scheme.aggregation." + n.indicator().aggregation().name()))
                .setHeader(getTranslation("scheme.column.aggregation")).setKey("aggregation");
    }

    void show(List<DimensionDraft> dimensions) {
        TreeData<SchemeNode> data = new TreeData<>();
        for (DimensionDraft d : dimensions) {
            SchemeNode parent = new SchemeNode(d, null);
            data.addItem(null, parent);
            d.indicators.forEach(i -> data.addItem(parent, new SchemeNode(d, i)));
        }
        setDataProvider(new TreeDataProvider<>(data));
        expandRecursively(data.getRootItems(), 1);
    }

    private String kindText(IndicatorKind kind) {
        String name = getTranslation("scheme.kind." + kind.name());
        return switch (kind) {
            case IndicatorKind.Measured(MeasuredRule.Linear(var target)) ->
                    name + " · " + getTranslation("scheme.rule.LINEAR.text", target.stripTrailingZeros().toPlainString());
            case IndicatorKind.Measured(MeasuredRule.AtLeast(var threshold)) ->
                    name + " · " + getTranslation("scheme.rule.AT_LEAST.text", threshold.stripTrailingZeros().toPlainString());
            case IndicatorKind.Measured(MeasuredRule.AtMost(var threshold)) ->
                    name + " · " + getTranslation("scheme.rule.AT_MOST.text", threshold.stripTrailingZeros().toPlainString());
            case IndicatorKind.Measured m -> name + " · " + getTranslation("scheme.rule.YES_NO");
            case IndicatorKind.Bonus(var threshold) ->
                    name + " · " + getTranslation("scheme.kind.BONUS.text", threshold.percent().stripTrailingZeros().toPlainString());
            default -> name;
        };
    }
}
