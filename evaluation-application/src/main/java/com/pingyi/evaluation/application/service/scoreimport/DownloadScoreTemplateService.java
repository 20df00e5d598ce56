package com.pingyi.evaluation.application.service.scoreimport;

import com.pingyi.evaluation.application.port.in.scoreimport.DownloadScoreTemplate;
import com.pingyi.evaluation.application.port.in.scoreimport.DownloadScoreTemplateUseCase;
import com.pingyi.evaluation.application.port.out.WorkbookWriterPort;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.transaction.annotation.Transactional;

class DownloadScoreTemplateService implements DownloadScoreTemplateUseCase {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ScoreImportContext context;
    private final WorkbookWriterPort writer;

    DownloadScoreTemplateService(ScoreImportContext context, WorkbookWriterPort writer) {
        this.context = context;
        this.writer = writer;
    }

    @Override
    @Transactional(readOnly = true)
    public RenderedFile downloadScoreTemplate(DownloadScoreTemplate query) {
        EvaluationRound round = context.load(query.round());
        Scheme scheme = round.scheme().orElseThrow(() -> new DomainException("import.template.needs-scheme", round.title()));
        List<Indicator> indicators = scheme.indicators().stream()
                .filter(i -> query.method() == null || i.method() == query.method()).toList();
        List<List<String>> rows = new ArrayList<>();
        for (EvaluatedUnit unit : round.activeUnits()) {
            for (Indicator i : indicators) {
                rows.add(List.of(unit.id().toString(), unit.name(), i.code().value(), i.name(), i.method().officialName(),
                        kind(i), i.max().value().toPlainString(), "", "", ""));
            }
        }
        List<List<String>> guide = new ArrayList<>();
        for (String line : ImportMessages.text("TEMPLATE_GUIDE").split("\n")) {
            guide.add(List.of(line));
        }
        byte[] bytes = writer.writeWorkbook(List.of(
                new WorkbookWriterPort.Table(ScoreSheetLayout.SHEET, ScoreSheetLayout.HEADERS, rows),
                new WorkbookWriterPort.Table(ScoreSheetLayout.GUIDE_SHEET, List.of(ScoreSheetLayout.GUIDE_SHEET), guide)));
        String method = query.method() == null ? "all" : query.method().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new RenderedFile("score-template-" + round.year().value() + "-" + method + ".xlsx", XLSX, bytes);
    }

    private static String kind(Indicator i) {
        return switch (i.kind().name()) {
            case "POINTS" -> "得分";
            case "BONUS" -> "加分";
            case "MEASURED" -> "测量值";
            case "DEDUCTION" -> "扣分";
            case "VETO" -> "单项否决";
            default -> i.kind().name();
        };
    }
}
