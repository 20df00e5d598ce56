package com.pingyi.evaluation.application.service.archive;

import static com.pingyi.evaluation.application.service.archive.ArchivePaths.at;
import static com.pingyi.evaluation.application.service.archive.ArchivePaths.date;
import static com.pingyi.evaluation.application.service.archive.ArchivePaths.enumValue;
import static com.pingyi.evaluation.application.service.archive.ArchivePaths.flag;
import static com.pingyi.evaluation.application.service.archive.ArchivePaths.list;
import static com.pingyi.evaluation.application.service.archive.ArchivePaths.required;
import static com.pingyi.evaluation.application.service.archive.ArchivePaths.uuid;

import com.pingyi.evaluation.application.port.out.archive.RoundArchive;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.notice.Notice;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** A published notice as it was issued, both ways: it is kept as issued, never recomposed. */
final class NoticeArchive {

    private NoticeArchive() {
    }

    static RoundArchive.Notice write(Notice n) {
        return new RoundArchive.Notice(n.title(), n.addressee(), n.basisDocumentNumber(), n.basisDocumentTitle(), n.methods(),
                n.dimensions(),
                n.bandDefinitions().stream().map(b -> new RoundArchive.BandDefinition(b.label(), b.interval(), b.named())).toList(),
                n.summarySentences().stream().map(s -> new RoundArchive.SummarySentence(s.bandLabel(), s.firstUnit(), s.count(),
                        s.text())).toList(),
                n.findings().stream().map(f -> new RoundArchive.NoticeFinding(f.kind().name(), f.text(), f.figures())).toList(),
                n.issuer(), n.date().toString(),
                n.attachment() == null ? null : new RoundArchive.Attachment(n.attachment().title(),
                        n.attachment().sections().stream().map(s -> new RoundArchive.AttachmentSection(s.heading(), s.bandLabel(),
                                s.units().stream().map(UnitId::toString).toList(), s.unitNames())).toList()),
                n.omissions().stream().map(o -> new RoundArchive.Omission(o.unit().toString(), o.unitName(), o.reason().name(),
                        o.detail())).toList());
    }

    static Notice read(RoundArchive.Notice n, String path, java.util.function.BiConsumer<String, String> unitReference) {
        required(n, path);
        List<Notice.BandDefinition> bands = new ArrayList<>();
        indexed(n.bandDefinitions(), path + ".bandDefinitions", (b, p) -> bands.add(at(p, () -> new Notice.BandDefinition(
                required(b.label(), p + ".label"), required(b.interval(), p + ".interval"), flag(b.named(), p + ".named")))));
        List<Notice.SummarySentence> sentences = new ArrayList<>();
        indexed(n.summarySentences(), path + ".summarySentences", (s, p) -> sentences.add(at(p, () -> new Notice.SummarySentence(
                s.bandLabel(), s.firstUnit(), required(s.count(), p + ".count"), s.text()))));
        List<Notice.NoticeFinding> findings = new ArrayList<>();
        indexed(n.findings(), path + ".findings", (f, p) -> findings.add(at(p, () -> new Notice.NoticeFinding(
                enumValue(FindingKind.class, f.kind(), p + ".kind"), f.text(), list(f.figures())))));
        Notice.Attachment attachment = null;
        if (n.attachment() != null) {
            RoundArchive.Attachment a = n.attachment();
            List<Notice.AttachmentSection> sections = new ArrayList<>();
            indexed(a.sections(), path + ".attachment.sections", (s, p) -> {
                List<UnitId> units = new ArrayList<>();
                indexed(s.units(), p + ".units", (u, up) -> {
                    unitReference.accept(u, up);
                    units.add(new UnitId(uuid(u, up)));
                });
                sections.add(at(p, () -> new Notice.AttachmentSection(s.heading(), s.bandLabel(), units, list(s.unitNames()))));
            });
            attachment = at(path + ".attachment", () -> new Notice.Attachment(a.title(), sections));
        }
        List<Notice.Omission> omissions = new ArrayList<>();
        indexed(n.omissions(), path + ".omissions", (o, p) -> {
            unitReference.accept(o.unit(), p + ".unit");
            omissions.add(at(p, () -> new Notice.Omission(new UnitId(uuid(o.unit(), p + ".unit")), o.unitName(),
                    enumValue(Notice.Omission.Reason.class, o.reason(), p + ".reason"), o.detail())));
        });
        Notice.Attachment finalAttachment = attachment;
        return at(path, () -> new Notice(n.title(), n.addressee(), n.basisDocumentNumber(), n.basisDocumentTitle(),
                list(n.methods()), list(n.dimensions()), bands, sentences, findings, n.issuer(), date(n.date(), path + ".date"),
                finalAttachment, omissions));
    }

    /** Calls {@code each} with every element of a list and its path; a missing list is empty, a null element refused. */
    static <T> void indexed(List<T> values, String path, java.util.function.BiConsumer<T, String> each) {
        List<T> all = list(values);
        IntStream.range(0, all.size()).forEach(i -> each.accept(required(all.get(i), path + "[" + i + "]"), path + "[" + i + "]"));
    }
}
