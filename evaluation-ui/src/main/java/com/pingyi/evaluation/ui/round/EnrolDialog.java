package com.pingyi.evaluation.ui.round;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.EnrolUnit;
import com.pingyi.evaluation.application.port.in.round.EnrolUnitUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.port.in.unit.ListUnits;
import com.pingyi.evaluation.application.port.in.unit.ListUnitsUseCase;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.BiConsumer;

/** Picks a unit of the registry (searched page by page) and enrols it, with its predecessor links, in a draft round. */
class EnrolDialog extends Dialog {

    EnrolDialog(RoundState round, ListUnitsUseCase listUnits, EnrolUnitUseCase enrolUnit, BiConsumer<RoundState, String> enrolled) {
        setHeaderTitle(getTranslation("round-units.enrol"));
        ComboBox<RegisteredUnitView> unit = new ComboBox<>(getTranslation("round-units.enrol.unit"));
        unit.setId("enrol-unit-choice");
        unit.setWidth("24em");
        unit.setItemLabelGenerator(RegisteredUnitView::name);
        unit.setItems(query -> listUnits.listUnits(new ListUnits(query.getFilter().orElse(null),
                new PageRequest(query.getOffset(), query.getLimit()))).items().stream());
        add(unit);

        Button save = new Button(getTranslation("round-units.enrol.confirm"), click -> {
            RegisteredUnitView chosen = unit.getValue();
            if (chosen == null) {
                unit.setErrorMessage(getTranslation("round-units.enrol.choose"));
                unit.setInvalid(true);
                return;
            }
            try {
                RoundState after = enrolUnit.enrolUnit(new EnrolUnit(new RoundRef(round.id(), round.version()),
                        new EvaluatedUnit(chosen.id(), chosen.name(), chosen.predecessors())));
                close();
                enrolled.accept(after, getTranslation("round-units.enrolled", chosen.name()));
            } catch (DomainException refused) {
                unit.setErrorMessage(DomainErrors.message(this, refused));
                unit.setInvalid(true);
            }
        });
        save.setId("enrol-unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
