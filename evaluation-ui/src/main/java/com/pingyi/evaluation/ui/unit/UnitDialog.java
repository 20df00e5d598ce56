package com.pingyi.evaluation.ui.unit;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.unit.LinkPredecessors;
import com.pingyi.evaluation.application.port.in.unit.LinkPredecessorsUseCase;
import com.pingyi.evaluation.application.port.in.unit.ListUnits;
import com.pingyi.evaluation.application.port.in.unit.ListUnitsUseCase;
import com.pingyi.evaluation.application.port.in.unit.RenameUnit;
import com.pingyi.evaluation.application.port.in.unit.RenameUnitUseCase;
import com.pingyi.evaluation.application.port.in.unit.UnitRef;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;

/** Renames a registered unit, or records the unit it succeeded; both refuse a stale copy. */
class UnitDialog extends Dialog {

    private RegisteredUnitView unit;

    UnitDialog(RegisteredUnitView shown, ListUnitsUseCase listUnits, RenameUnitUseCase renameUnit,
               LinkPredecessorsUseCase linkPredecessors, Runnable changed) {
        this.unit = shown;
        setHeaderTitle(shown.name());

        TextField name = new TextField(getTranslation("units.column.name"));
        name.setId("unit-name");
        name.setValue(shown.name());
        name.setWidthFull();

        ComboBox<RegisteredUnitView> predecessor = new ComboBox<>(getTranslation("units.predecessor"));
        predecessor.setId("unit-predecessor");
        predecessor.setItemLabelGenerator(RegisteredUnitView::name);
        predecessor.setWidthFull();
        // Lazy: the registry can hold thousands of units; the filter is the user's typing.
        predecessor.setItems(query -> listUnits.listUnits(new ListUnits(query.getFilter().orElse(""),
                new PageRequest(query.getOffset(), query.getLimit()))).items().stream()
                .filter(u -> !u.id().equals(shown.id())));

        Button save = new Button(getTranslation("units.save"), click -> {
            boolean ok = true;
            if (!name.getValue().strip().equals(unit.name())) {
                ok = DomainErrors.attempt(this, () -> unit = renameUnit.renameUnit(
                        new RenameUnit(new UnitRef(unit.id(), unit.version()), name.getValue())));
            }
            if (ok && predecessor.getValue() != null) {
                ok = DomainErrors.attempt(this, () -> unit = linkPredecessors.linkPredecessors(
                        new LinkPredecessors(new UnitRef(unit.id(), unit.version()), Set.of(predecessor.getValue().id()))));
            }
            if (ok) {
                changed.run();
                close();
            }
        });
        save.setId("save-unit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());

        add(new FormLayout(name, predecessor));
        getFooter().add(cancel, save);
        setWidth("32rem");
    }
}
