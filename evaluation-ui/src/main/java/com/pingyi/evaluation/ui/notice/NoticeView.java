package com.pingyi.evaluation.ui.notice;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.result.PreviewNotice;
import com.pingyi.evaluation.application.port.in.result.PreviewNoticeUseCase;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.notice.Notice;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.pingyi.evaluation.ui.finding.FindingsView;
import com.pingyi.evaluation.ui.result.ResultsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The notice of a round as the domain composes it: its parts in the seed notice's order, every
 * figure computed from the data, and the cross-check of the units it leaves unnamed.
 */
@Route("rounds/:roundId/notice")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class NoticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PreviewNoticeUseCase previewNotice;

    public NoticeView(PreviewNoticeUseCase previewNotice) {
        this.previewNotice = previewNotice;
        addClassName("page-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String roundId = event.getRouteParameters().get("roundId").orElse("");
        Notice notice;
        try {
            notice = previewNotice.previewNotice(new PreviewNotice(RoundId.of(roundId), LocalDate.now()));
        } catch (DomainException notYet) {
            add(new RouterLink(getTranslation("notice.back"), ResultsView.class, new RouteParameters("roundId", roundId)),
                    new Paragraph(getTranslation("notice.unavailable", DomainErrors.message(this, notYet))),
                    editFindings(roundId));
            return;
        }

        Div paper = new Div();
        paper.setId("notice");
        paper.addClassName("notice-paper");
        H1 title = new H1(notice.title());
        title.addClassName("notice-title");
        paper.add(title, new Paragraph(notice.addressee() + "："));
        paper.add(part("notice.part.basis", "《" + notice.basisDocumentTitle() + "》(" + notice.basisDocumentNumber() + ")"));
        paper.add(part("notice.part.methods", notice.methodsText()));
        paper.add(part("notice.part.dimensions", notice.dimensionsText()));
        paper.add(part("notice.part.bands", notice.bandDefinitions().stream()
                .map(b -> b.label() + " " + b.interval()).collect(Collectors.joining("；"))));
        Div sentences = section("notice.part.results");
        notice.summarySentences().forEach(s -> sentences.add(new Paragraph(s.text())));
        paper.add(sentences);
        paper.add(editFindings(roundId));
        for (FindingKind kind : FindingKind.values()) {
            Div findings = section("finding.kind." + kind.name());
            notice.findings(kind).forEach(f -> findings.add(new Paragraph(f.text())));
            paper.add(findings);
        }
        Div signature = new Div(new Paragraph(notice.issuer()), new Paragraph(notice.dateText()));
        signature.addClassName("notice-signature");
        paper.add(signature);
        Div attachment = section("notice.part.attachment");
        attachment.add(new H3(notice.attachment().title()));
        notice.attachment().sections().forEach(s -> attachment.add(new Paragraph(s.heading()), new Paragraph(String.join("、", s.unitNames()))));
        paper.add(attachment);

        Div crossCheck = section("notice.part.cross-check");
        crossCheck.setId("cross-check");
        notice.omissions().forEach(o -> crossCheck.add(new Paragraph(getTranslation(
                o.justified() ? "notice.omission.justified" : "notice.omission.blocking",
                o.unitName(), getTranslation("notice.omission." + o.reason().name()), o.detail() == null ? "" : o.detail()))));
        if (notice.omissions().isEmpty()) {
            crossCheck.add(new Paragraph(getTranslation("notice.omission.none")));
        }

        add(new RouterLink(getTranslation("notice.back"), ResultsView.class, new RouteParameters("roundId", roundId)), paper, crossCheck);
    }

    /** The findings are written on their own page; the notice only prints them, with their figures computed. */
    private RouterLink editFindings(String roundId) {
        RouterLink link = new RouterLink(getTranslation("findings.edit-link"), FindingsView.class,
                new RouteParameters("roundId", roundId));
        link.setId("edit-findings");
        // The paper is set in the notice's serif; the link is the app's, not the notice's.
        link.getStyle().set("display", "inline-block").set("margin-top", "var(--lumo-space-m)")
                .set("font-family", "var(--lumo-font-family)").set("font-size", "var(--lumo-font-size-s)");
        return link;
    }

    private Component part(String key, String text) {
        Div part = section(key);
        part.add(new Paragraph(text));
        return part;
    }

    private Div section(String key) {
        Div section = new Div();
        section.addClassName("notice-section");
        Div label = new Div(getTranslation(key));
        label.addClassName("notice-label");
        section.add(label);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.page-title");
    }
}
