package com.pingyi.evaluation.ui.notice;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.export.ExportNotice;
import com.pingyi.evaluation.application.port.in.export.ExportNoticeUseCase;
import com.pingyi.evaluation.application.port.in.export.NoticeFormat;
import com.pingyi.evaluation.application.port.in.result.ListPublications;
import com.pingyi.evaluation.application.port.in.result.ListPublicationsUseCase;
import com.pingyi.evaluation.application.port.in.result.PreviewNotice;
import com.pingyi.evaluation.application.port.in.result.PreviewNoticeUseCase;
import com.pingyi.evaluation.application.port.in.round.CloseRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.DefineNoticeSettingsUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettings;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettingsUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.OpenRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.PublishRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.ReopenRoundUseCase;
import com.pingyi.evaluation.application.readmodel.PublishedVersion;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.notice.Notice;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.pingyi.evaluation.ui.common.Downloads;
import com.pingyi.evaluation.ui.finding.FindingsView;
import com.pingyi.evaluation.ui.layout.RoundNav;
import com.pingyi.evaluation.ui.result.RoundActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * The notice of a round as the domain composes it, with the cross-check of the units it leaves
 * unnamed; an admin publishes from here. Once published, every version stays readable.
 */
@Route("rounds/:roundId/notice")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class NoticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GetRoundUseCase getRound;
    private final PreviewNoticeUseCase previewNotice;
    private final ListPublicationsUseCase listPublications;
    private final RoundActions actions;
    private final H2 heading = new H2();
    private final HorizontalLayout header;
    private final Select<PublishedVersion> versions = new Select<>();
    private final Paragraph versionNote = new Paragraph();
    private final Div body = new Div();
    private final boolean admin;
    private final GetRoundSettingsUseCase getSettings;
    private final DefineNoticeSettingsUseCase defineSettings;
    private final Button editTexts = new Button();
    private final ExportNoticeUseCase exportNotice;
    private RoundId round;
    private RoundState state;
    private boolean switching;

    public NoticeView(GetRoundUseCase getRound, PreviewNoticeUseCase previewNotice, ListPublicationsUseCase listPublications,
                      GetRoundSettingsUseCase getSettings, DefineNoticeSettingsUseCase defineSettings,
                      AuthenticationContext authentication, OpenRoundUseCase open, CloseRoundUseCase close, ReopenRoundUseCase reopen,
                      PublishRoundUseCase publish, ExportNoticeUseCase exportNotice) {
        this.getRound = getRound;
        this.exportNotice = exportNotice;
        this.getSettings = getSettings;
        this.defineSettings = defineSettings;
        this.previewNotice = previewNotice;
        this.listPublications = listPublications;
        this.actions = new RoundActions(open, close, reopen, publish, this::show);
        // Auditors read; only admins publish (the use case refuses anyone else in any case).
        this.admin = authentication.hasRole(Roles.ADMIN);
        addClassName("page-view");

        editTexts.setText(getTranslation("notice.settings"));
        versions.setId("notice-version");
        versions.setLabel(getTranslation("notice.version"));
        versions.setWidth("16em");
        versions.setItemLabelGenerator(v -> getTranslation("notice.version.item", v.version(), v.publishedOn().toString()));
        versions.addValueChangeListener(change -> {
            if (!switching && change.getValue() != null) {
                render(change.getValue());
            }
        });
        versionNote.setId("notice-version-note");
        versionNote.addClassName("view-intro");
        editTexts.setId("notice-settings");
        editTexts.addClickListener(click -> new NoticeSettingsDialog(state,
                getSettings.getRoundSettings(new GetRoundSettings(round)).notice().orElse(null), defineSettings, after -> {
                    Notification.show(getTranslation("notice.settings.saved"));
                    show(after);
                }).open());
        HorizontalLayout buttons = new HorizontalLayout(editTexts, actions);
        buttons.setAlignItems(Alignment.CENTER);
        header = new HorizontalLayout(heading, buttons);
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        body.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        round = RoundId.of(event.getRouteParameters().get("roundId").orElse(""));
        show(getRound.getRound(new GetRound(round)));
    }

    private void show(RoundState shown) {
        state = shown;
        removeAll();
        heading.setText(state.title());
        actions.show(state);
        // Before publication only publishing is offered here; the other lifecycle steps live on the results page.
        actions.setVisible(admin && state.status() == RoundStatus.CLOSED);
        // The typed texts may change until the round is published; then the notice is frozen.
        editTexts.setVisible(admin && state.status() != RoundStatus.PUBLISHED);
        add(new RoundNav(round, state.title(), RoundNav.Page.NOTICE), header);
        List<PublishedVersion> published = listPublications.listPublications(new ListPublications(round));
        if (published.isEmpty()) {
            add(new Paragraph(getTranslation("notice.preview", getTranslation("round.status." + state.status().name()))), body);
            render(null);
            return;
        }
        switching = true;
        versions.setItems(published);
        versions.setValue(published.getLast());
        switching = false;
        add(new HorizontalLayout(versions), versionNote, body);
        render(published.getLast());
    }

    private void render(PublishedVersion version) {
        body.removeAll();
        if (version != null) {
            versionNote.setText(version.correctionReason() == null
                    ? getTranslation("notice.version.first", version.publishedOn().toString())
                    : getTranslation("notice.version.correction", version.publishedOn().toString(), version.correctionReason(),
                            version.correctedScores()));
        }
        Notice notice;
        try {
            notice = previewNotice.previewNotice(new PreviewNotice(round, LocalDate.now(), version == null ? null : version.version()));
        } catch (DomainException notYet) {
            body.add(new Paragraph(getTranslation("notice.unavailable", DomainErrors.message(this, notYet))), findingsLink());
            return;
        }
        body.add(downloads(version == null ? null : version.version()), new NoticePaper(notice, findingsLink()),
                NoticePaper.crossCheck(this, notice));
    }

    /** The notice shown, as a DOCX to sign and post or as a standalone HTML page; made when a link is followed. */
    private HorizontalLayout downloads(Integer version) {
        HorizontalLayout downloads = new HorizontalLayout();
        downloads.setId("notice-downloads");
        for (NoticeFormat format : NoticeFormat.values()) {
            String suffix = format.name().toLowerCase(java.util.Locale.ROOT);
            downloads.add(Downloads.link(this, "notice-download-" + suffix, getTranslation("export.notice." + suffix),
                    () -> exportNotice.exportNotice(new ExportNotice(round, format, LocalDate.now(), version))));
        }
        return downloads;
    }

    /** The findings are written on their own page; the notice prints them with their figures computed. */
    private RouterLink findingsLink() {
        boolean editable = state.status() == RoundStatus.OPEN || state.status() == RoundStatus.CLOSED;
        RouterLink link = new RouterLink(editable ? getTranslation("findings.edit-link") : getTranslation("findings.view-link"),
                FindingsView.class, new RouteParameters("roundId", round.toString()));
        link.setId("edit-findings");
        // The paper is set in the notice's serif; the link is the app's, not the notice's.
        link.getStyle().set("display", "inline-block").set("margin-top", "var(--lumo-space-m)")
                .set("font-family", "var(--lumo-font-family)").set("font-size", "var(--lumo-font-size-s)");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.page-title");
    }
}
