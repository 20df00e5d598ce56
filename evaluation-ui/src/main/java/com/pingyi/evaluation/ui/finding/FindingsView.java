package com.pingyi.evaluation.ui.finding;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.finding.AddFinding;
import com.pingyi.evaluation.application.port.in.finding.AddFindingUseCase;
import com.pingyi.evaluation.application.port.in.finding.CheckRectification;
import com.pingyi.evaluation.application.port.in.finding.CheckRectificationUseCase;
import com.pingyi.evaluation.application.port.in.finding.ListFindings;
import com.pingyi.evaluation.application.port.in.finding.ListFindingsUseCase;
import com.pingyi.evaluation.application.port.in.finding.ListRectificationsUseCase;
import com.pingyi.evaluation.application.port.in.finding.ListStatisticOptions;
import com.pingyi.evaluation.application.port.in.finding.ListStatisticOptionsUseCase;
import com.pingyi.evaluation.application.port.in.finding.RaiseRectification;
import com.pingyi.evaluation.application.port.in.finding.RaiseRectificationUseCase;
import com.pingyi.evaluation.application.port.in.finding.RemoveFinding;
import com.pingyi.evaluation.application.port.in.finding.RemoveFindingUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.FindingView;
import com.pingyi.evaluation.application.readmodel.RectificationView;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.pingyi.evaluation.ui.layout.RoundNav;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A round's findings, the three parts of its notice's body, each finding as the notice will print it
 * with its figures computed from the data; an editor to write one, quoting statistics picked from the
 * round's measured indicators; and the rectification items raised from its problems or carried in
 * from the previous round. Every command carries the version last seen and is checked by the domain.
 */
@Route("rounds/:roundId/findings")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
@StyleSheet("context://styles/findings.css")
public class FindingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String[] NUMERALS = {"一", "二", "三"};

    private final GetRoundUseCase getRound;
    private final ListStatisticOptionsUseCase listOptions;
    private final AddFindingUseCase addFinding;
    private final RemoveFindingUseCase removeFinding;
    private final RaiseRectificationUseCase raiseRectification;
    private final CheckRectificationUseCase checkRectification;
    private final boolean admin;
    private final H2 heading = new H2();
    private final Paragraph intro = new Paragraph();
    private final Paragraph allowed = new Paragraph();
    private final Div nav = new Div();
    private final List<FindingSection> sections;
    private final RectificationPanel rectifications;
    private RoundState round;
    private Permissions permissions;

    public FindingsView(GetRoundUseCase getRound, ListFindingsUseCase listFindings, ListStatisticOptionsUseCase listOptions,
                        ListRectificationsUseCase listRectifications, AddFindingUseCase addFinding,
                        RemoveFindingUseCase removeFinding, RaiseRectificationUseCase raiseRectification,
                        CheckRectificationUseCase checkRectification, AuthenticationContext authentication) {
        this.getRound = getRound;
        this.listOptions = listOptions;
        this.addFinding = addFinding;
        this.removeFinding = removeFinding;
        this.raiseRectification = raiseRectification;
        this.checkRectification = checkRectification;
        this.admin = authentication.hasRole(Roles.ADMIN);
        addClassName("page-view");
        intro.addClassName("view-intro");
        allowed.setId("findings-allowed");
        allowed.addClassName("findings-allowed");
        sections = java.util.Arrays.stream(FindingKind.values()).map(kind -> new FindingSection(kind,
                NUMERALS[kind.ordinal()], page -> listFindings.listFindings(new ListFindings(round.id(), kind, page)),
                () -> openEditor(kind))).toList();
        rectifications = new RectificationPanel(listRectifications);
        nav.setWidthFull();
        add(nav, heading, intro, allowed);
        sections.forEach(this::add);
        add(rectifications);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RoundId id = RoundId.of(event.getRouteParameters().get("roundId").orElse(""));
        show(getRound.getRound(new GetRound(id)));
    }

    private void show(RoundState state) {
        round = state;
        permissions = Permissions.of(state.status(), admin);
        heading.setText(getTranslation("findings.heading"));
        intro.setText(getTranslation("findings.intro", state.title(), getTranslation("round.status." + state.status().name())));
        allowed.setText(allowedText());
        nav.removeAll();
        nav.add(new RoundNav(state.id(), state.title(), RoundNav.Page.FINDINGS));
        sections.forEach(s -> s.show(permissions, this::confirmRemove, this::openRaise));
        rectifications.show(state.id(), permissions, this::openCheck);
    }

    private String allowedText() {
        if (!admin) {
            return getTranslation("findings.allowed.read-only");
        }
        return switch (round.status()) {
            case DRAFT -> getTranslation("findings.allowed.draft");
            case OPEN -> getTranslation("findings.allowed.open");
            case CLOSED -> getTranslation("findings.allowed.closed");
            case PUBLISHED -> getTranslation("findings.allowed.published");
        };
    }

    /**
     * Sends a command with the version last seen. On success the page shows the round as it now is; on
     * refusal nothing changed, and the rule is shown where the consumer puts it and in a notification.
     */
    private boolean send(Function<RoundRef, RoundState> command, Consumer<DomainException> refused) {
        RoundState after;
        try {
            after = command.apply(new RoundRef(round.id(), round.version()));
        } catch (DomainException e) {
            refused.accept(e);
            DomainErrors.show(this, e);
            return false;
        }
        show(after);
        Notification.show(getTranslation("findings.saved"), 2000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return true;
    }

    private void openEditor(FindingKind kind) {
        new FindingEditor(kind, listOptions.listStatisticOptions(new ListStatisticOptions(round.id())),
                (finding, refused) -> send(ref -> addFinding.addFinding(new AddFinding(ref, finding)), refused)).open();
    }

    private void confirmRemove(FindingView finding) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("findings.remove.title"),
                getTranslation("findings.remove.text", finding.rendered()), getTranslation("findings.remove.confirm"),
                event -> send(ref -> removeFinding.removeFinding(new RemoveFinding(ref, finding.id())), e -> { }));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void openRaise(FindingView finding) {
        new RaiseDialog(finding, (description, due, refused) -> send(ref -> raiseRectification.raiseRectification(
                new RaiseRectification(ref, finding.id(), description, due)), refused)).open();
    }

    private void openCheck(RectificationView item) {
        new CheckDialog(item, (note, refused) -> send(ref -> checkRectification.checkRectification(
                new CheckRectification(ref, item.id(), note)), refused)).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("findings.page-title");
    }
}
