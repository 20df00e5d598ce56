package com.pingyi.evaluation.ui.scoring;

import com.pingyi.evaluation.application.readmodel.UnitScoreSheet;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;

/** A unit contact's self-inspection claim for one indicator: kept beside the verified score, never summed with it. */
class ClaimInput extends HorizontalLayout {

    ClaimInput(UnitId unit, UnitScoreSheet.Line line, ScoreCommands commands) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        BigDecimalField claim = new BigDecimalField(getTranslation("scoring.claim"));
        claim.setId("claim-" + line.code().value());
        claim.setHelperText(getTranslation("scoring.input.range", line.max().toString()));
        if (line.selfInspection() != null) {
            claim.setValue(line.selfInspection().value());
        }
        Button record = new Button(getTranslation("scoring.claim.record"), click -> {
            try {
                Points points = new Points(claim.getValue());
                claim.setInvalid(false);
                commands.record(new ScoreEntry.SelfInspected(unit, line.code(), points), claim);
            } catch (DomainException e) {
                claim.setErrorMessage(DomainErrors.message(this, e));
                claim.setInvalid(true);
            }
        });
        record.setId("record-claim-" + line.code().value());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add(claim, record);
    }
}
