package com.pingyi.evaluation.ui.finding;

import com.pingyi.evaluation.application.readmodel.FindingChoices;
import com.pingyi.evaluation.application.readmodel.StatisticFigure;
import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.FindingId;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.finding.Statistic;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes a new finding: its kind, the unit and dimension it is about (both optional), its text, and the
 * statistics it quotes. The picker puts a statistic's placeholder where the cursor was in the text (at
 * the end when the text was never focused), and the preview shows the sentence with the figure the
 * statistic gives now. The domain's {@link Finding} checks the draft as it is typed, so the rule a
 * draft breaks shows on its field before anything is sent.
 */
class FindingEditor extends Dialog {

    /** Where the cursor was in the text when it lost focus: sent by the browser with the blur event. */
    static final String CARET = "element.inputElement.selectionStart";

    /** Sends the finding; refusals go to the consumer. True when the round took it. */
    interface Sender {
        boolean send(Finding finding, Consumer<DomainException> refused);
    }

    final Select<FindingKind> kind = new Select<>();
    final ComboBox<FindingChoices.UnitChoice> unit = new ComboBox<>();
    final ComboBox<FindingChoices.DimensionChoice> dimension = new ComboBox<>();
    final TextArea text = new TextArea();
    final StatisticPicker picker;
    final Paragraph preview = new Paragraph();
    final Paragraph refusal = new Paragraph();
    private final FindingId id = FindingId.newId();
    private final List<StatisticFigure> statistics = new ArrayList<>();
    private final Sender sender;
    private int caret = -1;

    FindingEditor(FindingKind initialKind, FindingChoices choices, Sender sender) {
        this.sender = sender;
        setHeaderTitle(getTranslation("findings.editor.title"));
        setWidth("min(52rem, 96vw)");
        kind.setId("finding-kind");
        kind.setLabel(getTranslation("findings.editor.kind"));
        kind.setItems(FindingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("finding.kind." + k.name()));
        kind.setValue(initialKind);
        unit.setId("finding-unit");
        unit.setLabel(getTranslation("findings.editor.unit"));
        unit.setPlaceholder(getTranslation("findings.editor.unit-none"));
        unit.setItems(choices.units());
        unit.setItemLabelGenerator(FindingChoices.UnitChoice::name);
        unit.setClearButtonVisible(true);
        dimension.setId("finding-dimension");
        dimension.setLabel(getTranslation("findings.editor.dimension"));
        dimension.setPlaceholder(getTranslation("findings.editor.dimension-none"));
        dimension.setItems(choices.dimensions());
        dimension.setItemLabelGenerator(FindingChoices.DimensionChoice::name);
        dimension.setClearButtonVisible(true);
        text.setId("finding-text");
        text.setLabel(getTranslation("findings.editor.text"));
        text.setWidthFull();
        text.setMinHeight("9em");
        text.setRequiredIndicatorVisible(true);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.setHelperText(getTranslation("findings.editor.length", 0, Finding.MAX_TEXT_LENGTH));
        text.addValueChangeListener(e -> update(true));
        text.getElement().addEventListener("blur", e -> caret = e.getEventData(Map.class).get(CARET) instanceof Number at
                ? at.intValue() : -1).addEventData(CARET);
        picker = new StatisticPicker(choices.statistics(), this::insert, this::unquote);
        preview.setId("finding-preview");
        preview.addClassName("finding-preview");
        refusal.setId("finding-refusal");
        refusal.addClassName("finding-refusal");
        refusal.setVisible(false);
        kind.addValueChangeListener(e -> update(false));
        unit.addValueChangeListener(e -> update(false));
        dimension.addValueChangeListener(e -> update(false));

        FormLayout about = new FormLayout(kind, unit, dimension);
        about.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
        Div previewLabel = new Div(getTranslation("findings.editor.preview"));
        previewLabel.addClassName("notice-label");
        add(about, text, picker, previewLabel, preview, refusal);
        Button save = new Button(getTranslation("findings.editor.save"), click -> save());
        save.setId("finding-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        update(false);
    }

    /** The placeholder of the next statistic, at the cursor; the cursor then stands after it. */
    void insert(StatisticFigure option) {
        String placeholder = "{" + statistics.size() + "}";
        String value = text.getValue();
        int at = caret < 0 || caret > value.length() ? value.length() : caret;
        statistics.add(option);
        caret = at + placeholder.length();
        text.setValue(value.substring(0, at) + placeholder + value.substring(at));
        picker.showQuoted(statistics);
        update(true);
    }

    /** Drops the k-th statistic and its placeholder; the later ones move down by one, as the domain numbers them. */
    void unquote(int k) {
        statistics.remove(k);
        String value = text.getValue().replace("{" + k + "}", "");
        for (int j = k + 1; j <= statistics.size(); j++) {
            value = value.replace("{" + j + "}", "{" + (j - 1) + "}");
        }
        caret = -1;
        text.setValue(value);
        picker.showQuoted(statistics);
        update(true);
    }

    /** The cursor position as the browser reports it; for tests, which have no browser. */
    void caretAt(int position) {
        caret = position;
    }

    private Optional<Finding> draft(boolean showOnFields) {
        try {
            Finding finding = new Finding(id, kind.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                    dimension.getValue() == null ? null : dimension.getValue().code(), text.getValue(),
                    statistics.stream().map(StatisticFigure::statistic).toList());
            text.setInvalid(false);
            return Optional.of(finding);
        } catch (DomainException e) {
            if (showOnFields) {
                refuse(e);
            }
            return Optional.empty();
        }
    }

    private void update(boolean showOnFields) {
        refusal.setVisible(false);
        text.setHelperText(getTranslation("findings.editor.length", text.getValue().strip().length(), Finding.MAX_TEXT_LENGTH));
        Optional<Finding> finding = draft(showOnFields);
        if (finding.isPresent() && statistics.stream().allMatch(s -> s.figure() != null)) {
            preview.setText(finding.get().render(statistics.stream().map(StatisticFigure::figure).toList()));
            preview.removeClassName("muted");
        } else {
            preview.setText(getTranslation("findings.editor.preview-none"));
            preview.addClassName("muted");
        }
    }

    private void save() {
        Optional<Finding> finding = draft(true);
        if (finding.isPresent() && sender.send(finding.get(), this::refuse)) {
            close();
        }
    }

    /** A broken rule of the text shows on the text; any other under the form, in the user's language. */
    private void refuse(DomainException e) {
        String message = DomainErrors.message(this, e);
        if (e.messageKey().startsWith("finding.text") || e.messageKey().startsWith("text.")
                || e.messageKey().equals("finding.statistic-not-quoted")
                || e.messageKey().equals("finding.placeholder-without-statistic")) {
            text.setErrorMessage(message);
            text.setInvalid(true);
        } else {
            refusal.setText(message);
            refusal.setVisible(true);
        }
    }

    List<Statistic> quoted() {
        return statistics.stream().map(StatisticFigure::statistic).toList();
    }
}
