package com.pingyi.evaluation.ui.finding;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.readmodel.FindingView;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One part of the notice's body (工作成效, 存在问题 or 工作要求) with its findings, a page at a time:
 * "show more" asks for the next page, so a round with a finding per unit is never read whole.
 */
class FindingSection extends Div {

    static final int PAGE = 20;

    private final FindingKind kind;
    private final Function<PageRequest, Page<FindingView>> pages;
    private final Span count = new Span();
    private final Button add = new Button();
    private final Div cards = new Div();
    private final Paragraph empty = new Paragraph();
    private final Button more = new Button();
    private Permissions permissions;
    private Consumer<FindingView> onRemove;
    private Consumer<FindingView> onRaise;
    private int shown;

    FindingSection(FindingKind kind, String numeral, Function<PageRequest, Page<FindingView>> pages, Runnable onAdd) {
        this.kind = kind;
        this.pages = pages;
        setId("section-" + kind.name());
        addClassName("findings-section");
        H3 title = new H3(getTranslation("findings.section.title", numeral, getTranslation("finding.kind." + kind.name()),
                kind.ordinal() + 1));
        count.addClassNames("status-badge");
        count.setId("section-count-" + kind.name());
        add.setText(getTranslation("findings.section.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-" + kind.name());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClickListener(click -> onAdd.run());
        Span spacer = new Span();
        HorizontalLayout header = new HorizontalLayout(title, count, spacer, add);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(spacer);
        header.addClassName("findings-section-header");
        cards.addClassName("finding-cards");
        empty.setText(getTranslation("findings.section.empty"));
        empty.addClassName("muted");
        more.setId("more-" + kind.name());
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> load(shown, PAGE));
        add(header, cards, empty, more);
    }

    /** Shows the findings afresh, as many as were shown before (at least a page). */
    void show(Permissions allowed, Consumer<FindingView> remove, Consumer<FindingView> raise) {
        this.permissions = allowed;
        this.onRemove = remove;
        this.onRaise = raise;
        add.setVisible(allowed.editFindings());
        int wanted = Math.min(Math.max(shown, PAGE), PageRequest.MAX_LIMIT);
        cards.removeAll();
        shown = 0;
        load(0, wanted);
    }

    private void load(int offset, int limit) {
        Page<FindingView> page = pages.apply(new PageRequest(offset, limit));
        page.items().forEach(f -> cards.add(new FindingCard(f, permissions, onRemove, onRaise)));
        shown += page.items().size();
        count.setText(Long.toString(page.total()));
        empty.setVisible(page.total() == 0);
        long left = page.total() - shown;
        more.setVisible(left > 0);
        more.setText(getTranslation("findings.section.more", left));
    }

    FindingKind kind() {
        return kind;
    }
}
