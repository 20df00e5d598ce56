package com.pingyi.evaluation.ui.scheme;

import com.pingyi.evaluation.domain.grade.GradeBand;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * One band of the working copy as editable fields. It holds plain values, not a GradeBand, so that a
 * half-typed band (lower above upper, a blank label) can exist while the admin types.
 */
class BandRow extends HorizontalLayout {

    final TextField label = new TextField();
    final BigDecimalField lower = new BigDecimalField();
    final Checkbox lowerInclusive = new Checkbox();
    final BigDecimalField upper = new BigDecimalField();
    final Checkbox upperInclusive = new Checkbox();
    final Checkbox named = new Checkbox();
    final Button remove = new Button();

    BandRow(int index, GradeBand band, boolean editable, Runnable onChange, Consumer<BandRow> onRemove) {
        addClassName("band-row");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        label.setLabel(getTranslation("bands.column.label"));
        lower.setLabel(getTranslation("bands.column.lower"));
        lowerInclusive.setLabel(getTranslation("bands.column.inclusive"));
        upper.setLabel(getTranslation("bands.column.upper"));
        upperInclusive.setLabel(getTranslation("bands.column.inclusive"));
        named.setLabel(getTranslation("bands.column.named"));
        remove.setText(getTranslation("bands.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        label.setId("band-label-" + index);
        lower.setId("band-lower-" + index);
        lowerInclusive.setId("band-lower-inclusive-" + index);
        upper.setId("band-upper-" + index);
        upperInclusive.setId("band-upper-inclusive-" + index);
        named.setId("band-named-" + index);
        remove.setId("band-remove-" + index);
        if (band != null) {
            label.setValue(band.label());
            lower.setValue(band.lower());
            lowerInclusive.setValue(band.lowerInclusive());
            upper.setValue(band.upper());
            upperInclusive.setValue(band.upperInclusive());
            named.setValue(band.namedInNotice());
        } else {
            lowerInclusive.setValue(true);
        }
        label.setReadOnly(!editable);
        lower.setReadOnly(!editable);
        lowerInclusive.setReadOnly(!editable);
        upper.setReadOnly(!editable);
        upperInclusive.setReadOnly(!editable);
        named.setReadOnly(!editable);
        remove.setVisible(editable);
        add(label, lower, lowerInclusive, upper, upperInclusive, named, remove);
        label.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        label.addValueChangeListener(e -> onChange.run());
        lower.addValueChangeListener(e -> onChange.run());
        lowerInclusive.addValueChangeListener(e -> onChange.run());
        upper.addValueChangeListener(e -> onChange.run());
        upperInclusive.addValueChangeListener(e -> onChange.run());
        named.addValueChangeListener(e -> onChange.run());
        remove.addClickListener(e -> onRemove.accept(this));
    }

    /** The band as the domain sees it; throws its named rule when the values make no band. */
    GradeBand toBand() {
        return new GradeBand(label.getValue(), lower.getValue(), lowerInclusive.getValue(), upper.getValue(),
                upperInclusive.getValue(), named.getValue());
    }
}
