package com.pingyi.evaluation.ui.scheme;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.round.AmendScheme;
import com.pingyi.evaluation.application.port.in.round.AmendSchemeUseCase;
import com.pingyi.evaluation.application.port.in.round.DefineScheme;
import com.pingyi.evaluation.application.port.in.round.DefineSchemeUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettings;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettingsUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.pingyi.evaluation.ui.layout.RoundNav;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The scheme of a round: edited on a working copy while the round is a draft, and sent whole on
 * "Save", so the domain checks the scheme as one (weights summing to 100, unique codes) and a
 * refusal leaves the stored scheme as it was.
 */
@Route("rounds/:roundId/scheme")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class SchemeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GetRoundUseCase getRound;
    private final GetRoundSettingsUseCase getSettings;
    private final DefineSchemeUseCase defineScheme;
    private final AmendSchemeUseCase amendScheme;
    private final boolean admin;

    private final List<DimensionDraft> workingCopy = new ArrayList<>();
    private final SchemeTree tree = new SchemeTree();
    private final Span total = new Span();
    private RoundState round;

    public SchemeView(GetRoundUseCase getRound, GetRoundSettingsUseCase getSettings, DefineSchemeUseCase defineScheme,
            AmendSchemeUseCase amendScheme, AuthenticationContext authentication) {
        this.getRound = getRound;
        this.getSettings = getSettings;
        this.defineScheme = defineScheme;
        this.amendScheme = amendScheme;
        this.admin = authentication.hasRole(Roles.ADMIN);
        addClassName("page-view");
        total.setId("weight-total");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(RoundId.of(event.getRouteParameters().get("roundId").orElse("")));
    }

    private void load(RoundId id) {
        removeAll();
        round = getRound.getRound(new GetRound(id));
        workingCopy.clear();
        getSettings.getRoundSettings(new GetRoundSettings(id)).scheme()
                .ifPresent(s -> s.dimensions().forEach(d -> workingCopy.add(DimensionDraft.of(d))));
        boolean amending = admin && round.status() == RoundStatus.OPEN;
        boolean editable = admin && round.status() == RoundStatus.DRAFT || amending;

        add(new RoundNav(id, round.title(), RoundNav.Page.SCHEME), new H2(getTranslation("scheme.heading", round.title())));
        Paragraph note = new Paragraph(getTranslation(amending ? "scheme.note.amend" : editable ? "scheme.note.draft"
                : round.status() == RoundStatus.DRAFT ? "scheme.note.read-only" : "scheme.note.frozen",
                getTranslation("round.status." + round.status().name())));
        note.setId("scheme-note");
        add(note, total);
        if (editable) {
            add(toolbar(amending));
        }
        if (workingCopy.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("scheme.empty"));
            empty.setId("scheme-empty");
            add(empty);
        }
        tree.setWidthFull();
        add(tree);
        refresh();
    }

    private HorizontalLayout toolbar(boolean amending) {
        Button addDimension = new Button(getTranslation("scheme.dimension.add"), e -> new DimensionDialog(null, d -> {
            workingCopy.add(d);
            refresh();
        }).open());
        addDimension.setId("scheme-add-dimension");
        Button addIndicator = new Button(getTranslation("scheme.indicator.add"), e -> selected()
                .ifPresentOrElse(n -> new IndicatorDialog(null, i -> {
                    n.dimension().indicators.add(i);
                    refresh();
                }).open(), this::askToSelect));
        addIndicator.setId("scheme-add-indicator");
        Button edit = new Button(getTranslation("scheme.edit"), e -> selected().ifPresentOrElse(this::edit, this::askToSelect));
        edit.setId("scheme-edit");
        Button remove = new Button(getTranslation("scheme.remove"), e -> selected().ifPresentOrElse(this::remove, this::askToSelect));
        remove.setId("scheme-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button save = amending
                ? new Button(getTranslation("scheme.amend"), e -> new AmendDialog(this::amend).open())
                : new Button(getTranslation("scheme.save"), e -> save());
        save.setId(amending ? "scheme-amend" : "scheme-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new HorizontalLayout(addDimension, addIndicator, edit, remove, save);
    }

    private java.util.Optional<SchemeNode> selected() {
        return tree.getSelectedItems().stream().findFirst();
    }

    private void askToSelect() {
        Notification.show(getTranslation("scheme.select-first"));
    }

    private void edit(SchemeNode node) {
        if (node.isDimension()) {
            new DimensionDialog(node.dimension(), d -> refresh()).open();
        } else {
            new IndicatorDialog(node.indicator(), i -> {
                List<com.pingyi.evaluation.domain.scheme.Indicator> list = node.dimension().indicators;
                list.set(list.indexOf(node.indicator()), i);
                refresh();
            }).open();
        }
    }

    private void remove(SchemeNode node) {
        if (node.isDimension()) {
            workingCopy.remove(node.dimension());
        } else {
            node.dimension().indicators.remove(node.indicator());
        }
        refresh();
    }

    private void refresh() {
        tree.show(workingCopy);
        BigDecimal sum = workingCopy.stream().map(d -> d.weight).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean exact = sum.compareTo(Weight.HUNDRED) == 0;
        total.setText(getTranslation("scheme.weight-total", sum.stripTrailingZeros().toPlainString()));
        total.removeClassNames(LumoUtility.TextColor.ERROR, LumoUtility.TextColor.SUCCESS);
        total.addClassNames(exact ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
        // Also inline: the app loads Lumo's theme but not its utility stylesheet, so the class alone shows no colour.
        total.getStyle().set("color", exact ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)")
                .set("font-weight", "600");
    }

    private void save() {
        boolean saved = DomainErrors.attempt(this, () -> {
            Scheme scheme = new Scheme(workingCopy.stream().map(DimensionDraft::toDimension).toList());
            defineScheme.defineScheme(new DefineScheme(new RoundRef(round.id(), round.version()), scheme));
        });
        if (saved) {
            load(round.id());
            Notification done = Notification.show(getTranslation("scheme.saved"));
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    /** Throws the domain's refusal, so the dialog can show a refused reason on its field. */
    private void amend(String reason) {
        Scheme scheme = new Scheme(workingCopy.stream().map(DimensionDraft::toDimension).toList());
        amendScheme.amendScheme(new AmendScheme(new RoundRef(round.id(), round.version()), scheme, reason));
        load(round.id());
        Notification done = Notification.show(getTranslation("scheme.amended"));
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scheme.page-title");
    }
}
