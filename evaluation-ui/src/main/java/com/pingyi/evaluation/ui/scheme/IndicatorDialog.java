package com.pingyi.evaluation.ui.scheme;

import com.pingyi.evaluation.domain.scheme.Aggregation;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;

/**
 * Adds or edits an indicator. Only the fields its kind needs are shown; the domain's records decide
 * what is valid, and a refused value is shown on the field it came from.
 */
class IndicatorDialog extends Dialog {

    static final List<String> KINDS = List.of("POINTS", "MEASURED", "DEDUCTION", "VETO", "BONUS");
    static final List<String> RULES = List.of("LINEAR", "AT_LEAST", "AT_MOST", "YES_NO");

    final TextField code = new TextField();
    final TextField name = new TextField();
    final BigDecimalField max = new BigDecimalField();
    final Select<EvaluationMethod> method = new Select<>();
    final Select<String> kind = new Select<>();
    final Select<String> rule = new Select<>();
    final BigDecimalField ruleValue = new BigDecimalField();
    final BigDecimalField bonusThreshold = new BigDecimalField();
    final Select<Aggregation> aggregation = new Select<>();

    IndicatorDialog(Indicator existing, Consumer<Indicator> onAccept) {
        setHeaderTitle(getTranslation(existing == null ? "scheme.indicator.add" : "scheme.indicator.edit"));
        setUp(code, "indicator-code", "scheme.column.code");
        setUp(name, "indicator-name", "scheme.column.name");
        max.setLabel(getTranslation("scheme.column.max"));
        max.setId("indicator-max");
        method.setLabel(getTranslation("scheme.column.method"));
        method.setId("indicator-method");
        method.setItems(EvaluationMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("method." + m.name()));
        kind.setLabel(getTranslation("scheme.column.kind"));
        kind.setId("indicator-kind");
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("scheme.kind." + k));
        rule.setLabel(getTranslation("scheme.field.rule"));
        rule.setId("indicator-rule");
        rule.setItems(RULES);
        rule.setItemLabelGenerator(r -> getTranslation("scheme.rule." + r));
        ruleValue.setId("indicator-rule-value");
        bonusThreshold.setLabel(getTranslation("scheme.field.bonus-threshold"));
        bonusThreshold.setId("indicator-bonus-threshold");
        aggregation.setLabel(getTranslation("scheme.column.aggregation"));
        aggregation.setId("indicator-aggregation");
        aggregation.setItems(Aggregation.values());
        aggregation.setItemLabelGenerator(a -> getTranslation("scheme.aggregation." + a.name()));

        method.setValue(EvaluationMethod.DOCUMENT_REVIEW);
        kind.setValue("POINTS");
        rule.setValue("LINEAR");
        aggregation.setValue(Aggregation.MEAN);
        if (existing != null) {
            fill(existing);
        }
        kind.addValueChangeListener(e -> showFieldsOfKind());
        rule.addValueChangeListener(e -> showFieldsOfKind());
        showFieldsOfKind();

        add(new FormLayout(code, name, max, method, kind, rule, ruleValue, bonusThreshold, aggregation));
        Button ok = new Button(getTranslation("scheme.dialog.ok"), e -> accept(onAccept));
        ok.setId("indicator-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("scheme.dialog.cancel"), e -> close()), ok);
    }

    private void setUp(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
    }

    private void fill(Indicator existing) {
        code.setValue(existing.code().value());
        name.setValue(existing.name());
        max.setValue(existing.max().value());
        method.setValue(existing.method());
        kind.setValue(existing.kind().name());
        aggregation.setValue(existing.aggregation());
        switch (existing.kind()) {
            case IndicatorKind.Measured(MeasuredRule.Linear(var target)) -> setRule("LINEAR", target);
            case IndicatorKind.Measured(MeasuredRule.AtLeast(var threshold)) -> setRule("AT_LEAST", threshold);
            case IndicatorKind.Measured(MeasuredRule.AtMost(var threshold)) -> setRule("AT_MOST", threshold);
            case IndicatorKind.Measured(MeasuredRule.YesNoRule r) -> rule.setValue("YES_NO");
            case IndicatorKind.Bonus(ScoreRate threshold) -> bonusThreshold.setValue(threshold.percent());
            default -> { }
        }
    }

    private void setRule(String name, java.math.BigDecimal value) {
        rule.setValue(name);
        ruleValue.setValue(value);
    }

    private void showFieldsOfKind() {
        boolean measured = "MEASURED".equals(kind.getValue());
        rule.setVisible(measured);
        ruleValue.setVisible(measured && !"YES_NO".equals(rule.getValue()));
        ruleValue.setLabel(getTranslation("LINEAR".equals(rule.getValue()) ? "scheme.field.target" : "scheme.field.threshold"));
        bonusThreshold.setVisible("BONUS".equals(kind.getValue()));
        aggregation.setVisible("POINTS".equals(kind.getValue()) || "BONUS".equals(kind.getValue()));
    }

    private IndicatorKind chosenKind() {
        return switch (kind.getValue()) {
            case "MEASURED" -> IndicatorKind.measured(switch (rule.getValue()) {
                case "LINEAR" -> new MeasuredRule.Linear(ruleValue.getValue());
                case "AT_LEAST" -> new MeasuredRule.AtLeast(ruleValue.getValue());
                case "AT_MOST" -> new MeasuredRule.AtMost(ruleValue.getValue());
                default -> MeasuredRule.yesNo();
            });
            case "DEDUCTION" -> IndicatorKind.deduction();
            case "VETO" -> IndicatorKind.veto();
            case "BONUS" -> IndicatorKind.bonus(bonusThreshold.getValue() == null ? null : new ScoreRate(bonusThreshold.getValue()));
            default -> IndicatorKind.points();
        };
    }

    private void accept(Consumer<Indicator> onAccept) {
        List.<HasValidation>of(code, name, max, ruleValue, bonusThreshold).forEach(f -> f.setInvalid(false));
        try {
            Indicator indicator = new Indicator(IndicatorCode.of(code.getValue().trim()), name.getValue(),
                    max.getValue() == null ? null : new Points(max.getValue()), method.getValue(), chosenKind(),
                    aggregation.isVisible() ? aggregation.getValue() : Aggregation.MEAN);
            onAccept.accept(indicator);
            close();
        } catch (DomainException e) {
            HasValidation field = fieldOf(e.messageKey());
            field.setErrorMessage(DomainErrors.message(this, e));
            field.setInvalid(true);
        }
    }

    private HasValidation fieldOf(String key) {
        if (key.startsWith("code") || key.startsWith("indicator.code")) {
            return code;
        }
        if (key.startsWith("indicator.name")) {
            return name;
        }
        if (key.startsWith("measured")) {
            return ruleValue;
        }
        if (key.startsWith("indicator.bonus") || key.startsWith("rate") || key.startsWith("score-rate")) {
            return bonusThreshold;
        }
        return max;
    }
}
