package com.pingyi.evaluation.ui.notice;

import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.notice.Notice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;

/** The notice laid out like the seed: its parts in order, then the attachment; every figure from the domain. */
class NoticePaper extends Div {

    /** {@code findingsLink}, when given, stands before the findings: they are written on their own page. */
    NoticePaper(Notice notice, Component findingsLink) {
        setId("notice");
        addClassName("notice-paper");
        H1 title = new H1(notice.title());
        title.addClassName("notice-title");
        add(title, new Paragraph(notice.addressee() + "："));
        add(part("notice.part.basis", "《" + notice.basisDocumentTitle() + "》(" + notice.basisDocumentNumber() + ")"));
        add(part("notice.part.methods", notice.methodsText()));
        add(part("notice.part.dimensions", notice.dimensionsText()));
        add(part("notice.part.bands", notice.bandDefinitions().stream()
                .map(b -> b.label() + " " + b.interval()).collect(Collectors.joining("；"))));
        Div sentences = section("notice.part.results");
        notice.summarySentences().forEach(s -> sentences.add(new Paragraph(s.text())));
        add(sentences);
        if (findingsLink != null) {
            add(findingsLink);
        }
        for (FindingKind kind : FindingKind.values()) {
            Div findings = section("finding.kind." + kind.name());
            notice.findings(kind).forEach(f -> findings.add(new Paragraph(f.text())));
            add(findings);
        }
        Div signature = new Div(new Paragraph(notice.issuer()), new Paragraph(notice.dateText()));
        signature.addClassName("notice-signature");
        add(signature);
        Div attachment = section("notice.part.attachment");
        attachment.add(new H3(notice.attachment().title()));
        notice.attachment().sections().forEach(s -> attachment.add(new Paragraph(s.heading()), new Paragraph(String.join("、", s.unitNames()))));
        add(attachment);
    }

    /** The units the notice leaves unnamed, each with its recorded reason or marked as blocking publication. */
    static Div crossCheck(Component where, Notice notice) {
        Div crossCheck = section(where, "notice.part.cross-check");
        crossCheck.setId("cross-check");
        notice.omissions().forEach(o -> crossCheck.add(new Paragraph(where.getTranslation(
                o.justified() ? "notice.omission.justified" : "notice.omission.blocking",
                o.unitName(), where.getTranslation("notice.omission." + o.reason().name()), o.detail() == null ? "" : o.detail()))));
        if (notice.omissions().isEmpty()) {
            crossCheck.add(new Paragraph(where.getTranslation("notice.omission.none")));
        }
        return crossCheck;
    }

    private Component part(String key, String text) {
        Div part = section(key);
        part.add(new Paragraph(text));
        return part;
    }

    private Div section(String key) {
        return section(this, key);
    }

    private static Div section(Component where, String key) {
        Div section = new Div();
        section.addClassName("notice-section");
        Div label = new Div(where.getTranslation(key));
        label.addClassName("notice-label");
        section.add(label);
        return section;
    }
}
