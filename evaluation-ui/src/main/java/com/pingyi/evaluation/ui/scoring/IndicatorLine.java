package com.pingyi.evaluation.ui.scoring;

import com.pingyi.evaluation.application.readmodel.UnitScoreSheet;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.pingyi.evaluation.ui.common.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.Supplier;

/**
 * One indicator of the unit's sheet: what is recorded (raw scores beside the score of record, the
 * claim and its gap, the measured value, veto, violations, N/A, spread) and the input its kind takes.
 */
class IndicatorLine extends Div {

    private final UnitId unit;
    private final UnitScoreSheet.Line line;
    private final ScoreCommands commands;
    private final boolean editable;
    private final ScoringMode mode;
    private Component firstInput;

    /**
     * {@code editable}: the round takes scores (it is OPEN) and the role enters some; otherwise the line
     * only shows what is recorded. {@code mode}: which inputs the signed-in role gets.
     */
    IndicatorLine(UnitId unit, UnitScoreSheet.Line line, List<ScorerId> scorers, ScoreCommands commands, boolean editable,
                  ScoringMode mode) {
        this.unit = unit;
        this.line = line;
        this.commands = commands;
        this.editable = editable && mode.writes();
        this.mode = mode;
        setId("line-" + line.code().value());
        addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10);
        add(heading(), recorded());
        if (!this.editable) {
            return;
        }
        if (mode == ScoringMode.CONTACT && !line.notApplicable()) {
            add(new ClaimInput(unit, line, commands));
        }
        boolean scoresHere = mode != ScoringMode.CONTACT || line.method() == com.pingyi.evaluation.domain.scheme.EvaluationMethod.SELF_INSPECTION;
        if (!line.notApplicable() && scoresHere) {
            add(input(scorers));
        }
        if (mode == ScoringMode.ADMIN) {
            add(applicability());
        }
    }

    UnitScoreSheet.Line line() {
        return line;
    }

    void focusInput() {
        if (firstInput instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private Component heading() {
        Span title = new Span(line.code().value() + " " + line.name());
        title.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        HorizontalLayout heading = new HorizontalLayout(title,
                small(getTranslation("scoring.line.max", line.max().toString())),
                small(getTranslation("method." + line.method().name())),
                small(getTranslation("scoring.kind." + line.kind())));
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        if (line.spreadFlagged()) {
            Span flag = new Span(getTranslation("scoring.line.spread-flag"));
            flag.setId("spread-" + line.code().value());
            flag.getElement().getThemeList().add("badge warning");
            heading.add(flag);
        }
        return heading;
    }

    private Component recorded() {
        HorizontalLayout facts = new HorizontalLayout();
        facts.setWrap(true);
        facts.setAlignItems(FlexComponent.Alignment.BASELINE);
        facts.addClassName(LumoUtility.FontSize.SMALL);
        for (UnitScoreSheet.RawScore raw : line.verified()) {
            Span score = new Span(raw.scorer().value() + ": " + raw.points());
            if (!editable) {
                facts.add(score);
                continue;
            }
            Button remove = new Button("×", click -> commands.removeScore(line.code(), raw.scorer()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.setId("remove-" + line.code().value() + "-" + raw.scorer().value());
            remove.setAriaLabel(getTranslation("scoring.remove-score", raw.scorer().value()));
            facts.add(new Span(score, remove));
        }
        if (line.scoreOfRecord() != null) {
            Span ofRecord = new Span(getTranslation("scoring.line.of-record", Formats.decimal(line.scoreOfRecord(), 2)));
            ofRecord.setId("of-record-" + line.code().value());
            ofRecord.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            facts.add(ofRecord);
        }
        if (line.selfInspection() != null) {
            facts.add(new Span(getTranslation("scoring.line.self", line.selfInspection().toString())));
            line.selfInspectionGap().ifPresent(gap -> facts.add(new Span(getTranslation("scoring.line.gap", Formats.decimal(gap, 2)))));
        }
        if (line.measured() != null) {
            facts.add(new Span(getTranslation("scoring.line.measured", line.measured())));
        }
        if (line.vetoPassed() != null) {
            facts.add(new Span(line.vetoPassed() ? getTranslation("scoring.veto.passed")
                    : getTranslation("scoring.veto.failed-because", line.vetoNote())));
        }
        line.violations().forEach(v -> facts.add(new Span(getTranslation("scoring.line.violation", v.toString()))));
        if (line.notApplicable()) {
            Span na = new Span(getTranslation("scoring.line.not-applicable", line.notApplicableReason()));
            na.getElement().getThemeList().add("badge contrast");
            facts.add(na);
        }
        return facts;
    }

    private Component input(List<ScorerId> scorers) {
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        switch (line.kind()) {
            case "POINTS", "BONUS" -> {
                ComboBox<String> scorer = new ComboBox<>(getTranslation("scoring.input.scorer"));
                scorer.setItems(scorers.stream().map(ScorerId::value).toList());
                scorer.setAllowCustomValue(true);
                scorer.addCustomValueSetListener(e -> scorer.setValue(e.getDetail()));
                scorer.setId("scorer-" + line.code().value());
                if (mode != ScoringMode.ADMIN && !scorers.isEmpty()) {
                    // An expert or a contact scores as themselves: the use case refuses any other id.
                    scorer.setValue(scorers.getFirst().value());
                    scorer.setReadOnly(true);
                }
                BigDecimalField points = pointsField();
                Runnable send = () -> {
                    Points valid = checkedPoints(points, true);
                    if (valid == null) {
                        return;
                    }
                    if (scorer.getValue() == null || scorer.getValue().isBlank()) {
                        scorer.setErrorMessage(getTranslation("scoring.input.scorer-required"));
                        scorer.setInvalid(true);
                        return;
                    }
                    scorer.setInvalid(false);
                    sent(new ScoreEntry.Verified(unit, line.code(), ScorerId.of(scorer.getValue()), valid), points);
                };
                points.addKeyDownListener(Key.ENTER, e -> send.run());
                firstInput = points;
                row.add(scorer, points, recordButton(send));
            }
            case "MEASURED" -> {
                Component field;
                Supplier<MeasuredValue> value;
                if (line.yesNo()) {
                    Select<Boolean> yesNo = new Select<>();
                    yesNo.setLabel(getTranslation("scoring.input.measured"));
                    yesNo.setItems(true, false);
                    yesNo.setItemLabelGenerator(b -> getTranslation(b ? "scoring.yes" : "scoring.no"));
                    field = yesNo;
                    value = () -> yesNo.getValue() == null ? null : yesNo.getValue() ? MeasuredValue.yes() : MeasuredValue.no();
                } else {
                    TextField quantity = new TextField(getTranslation("scoring.input.measured"));
                    field = quantity;
                    value = () -> MeasuredValue.quantity(quantity.getValue());
                }
                field.setId("measured-" + line.code().value());
                firstInput = field;
                row.add(field, recordButton(() -> attempt(() -> {
                    MeasuredValue measured = value.get();
                    return measured == null ? null : new ScoreEntry.Measured(unit, line.code(), measured);
                }, field instanceof com.vaadin.flow.component.HasValidation v ? v : null)));
            }
            case "VETO" -> {
                Select<Boolean> outcome = new Select<>();
                outcome.setLabel(getTranslation("scoring.input.veto"));
                outcome.setItems(true, false);
                outcome.setItemLabelGenerator(b -> getTranslation(b ? "scoring.veto.pass" : "scoring.veto.fail"));
                outcome.setId("veto-" + line.code().value());
                TextField reason = new TextField(getTranslation("scoring.input.reason"));
                firstInput = outcome;
                row.add(outcome, reason, recordButton(() -> attempt(() -> outcome.getValue() == null ? null
                        : new ScoreEntry.VetoOutcome(unit, line.code(), outcome.getValue(), reason.getValue()), reason)));
            }
            case "DEDUCTION" -> {
                BigDecimalField points = pointsField();
                TextField note = new TextField(getTranslation("scoring.input.note"));
                note.setId("note-" + line.code().value());
                // A deduction is capped by the domain when the result is computed, not refused here.
                Runnable send = () -> {
                    Points valid = checkedPoints(points, false);
                    if (valid != null) {
                        attempt(() -> new ScoreEntry.Violation(unit, line.code(), valid, note.getValue()), note);
                    }
                };
                firstInput = points;
                row.add(points, note, recordButton(send));
            }
            default -> {
            }
        }
        return row;
    }

    private Component applicability() {
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (line.notApplicable()) {
            Button applicable = new Button(getTranslation("scoring.na.withdraw"), click -> commands.markApplicable(line.code()));
            applicable.setId("applicable-" + line.code().value());
            applicable.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(applicable);
        } else {
            TextField reason = new TextField();
            reason.setPlaceholder(getTranslation("scoring.na.reason"));
            reason.setId("na-reason-" + line.code().value());
            reason.addThemeName("small");
            Button mark = new Button(getTranslation("scoring.na.mark"),
                    click -> attempt(() -> new ScoreEntry.NotApplicable(unit, line.code(), reason.getValue()), reason));
            mark.setId("na-" + line.code().value());
            mark.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(reason, mark);
        }
        return row;
    }

    private BigDecimalField pointsField() {
        BigDecimalField points = new BigDecimalField(getTranslation("scoring.input.points"));
        points.setId("points-" + line.code().value());
        points.setHelperText(getTranslation("scoring.input.range", line.max().toString()));
        return points;
    }

    private Button recordButton(Runnable send) {
        Button record = new Button(getTranslation("scoring.record"), click -> send.run());
        record.setId("record-" + line.code().value());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return record;
    }

    /**
     * The same rules the domain applies (a Points value, then 0..max), checked before anything is
     * sent and worded with the domain's own messages; the domain checks again on receipt.
     */
    private Points checkedPoints(BigDecimalField field, boolean withinMax) {
        try {
            Points points = new Points(field.getValue());
            if (withinMax && points.compareTo(line.max()) > 0) {
                throw new DomainException("score.out-of-range", line.code().value(), points.toString(), line.max().toString());
            }
            field.setInvalid(false);
            return points;
        } catch (DomainException e) {
            field.setErrorMessage(DomainErrors.message(this, e));
            field.setInvalid(true);
            return null;
        }
    }

    private void sent(ScoreEntry entry, com.vaadin.flow.component.HasValidation field) {
        if (commands.record(entry, field)) {
            commands.recordedFrom(this);
        }
    }

    /** Builds the entry (its constructor may refuse it with a rule) and sends it. */
    private void attempt(Supplier<ScoreEntry> entry, com.vaadin.flow.component.HasValidation field) {
        ScoreEntry built;
        try {
            built = entry.get();
        } catch (DomainException e) {
            if (field != null) {
                field.setErrorMessage(DomainErrors.message(this, e));
                field.setInvalid(true);
            } else {
                DomainErrors.show(this, e);
            }
            return;
        }
        if (built != null) {
            sent(built, field);
        }
    }

    private static Span small(String text) {
        Span span = new Span(text);
        span.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        return span;
    }
}
