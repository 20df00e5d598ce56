package com.pingyi.evaluation.ui.round;

import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.port.in.round.WithdrawUnit;
import com.pingyi.evaluation.application.port.in.round.WithdrawUnitUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.readmodel.RoundUnitView;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/** Withdraws a unit from a round with its reason and date; the unit is then not ranked, and the notice says why. */
class WithdrawDialog extends Dialog {

    WithdrawDialog(RoundState round, RoundUnitView unit, WithdrawUnitUseCase withdrawUnit, BiConsumer<RoundState, String> withdrawn) {
        setHeaderTitle(getTranslation("round-units.withdraw.title", unit.name()));
        setWidth("32em");
        TextArea reason = new TextArea(getTranslation("round-units.withdraw.reason"));
        reason.setId("withdraw-reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        DatePicker on = new DatePicker(getTranslation("round-units.withdraw.on"), LocalDate.now());
        on.setId("withdraw-on");
        add(new Paragraph(getTranslation("round-units.withdraw.explain")), reason, on);

        Button confirm = new Button(getTranslation("round-units.withdraw"), click -> {
            if (on.getValue() == null) {
                on.setErrorMessage(getTranslation("round-units.withdraw.on-required"));
                on.setInvalid(true);
                return;
            }
            try {
                RoundState after = withdrawUnit.withdrawUnit(new WithdrawUnit(new RoundRef(round.id(), round.version()), unit.id(),
                        reason.getValue(), on.getValue()));
                close();
                withdrawn.accept(after, getTranslation("round-units.withdrawn-now", unit.name()));
            } catch (DomainException refused) {
                reason.setErrorMessage(DomainErrors.message(this, refused));
                reason.setInvalid(true);
            }
        });
        confirm.setId("withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
