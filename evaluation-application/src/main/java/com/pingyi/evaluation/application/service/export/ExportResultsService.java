package com.pingyi.evaluation.application.service.export;

import com.pingyi.evaluation.application.port.in.export.ExportResults;
import com.pingyi.evaluation.application.port.in.export.ExportResultsUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.ResultsWorkbookPort;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import com.pingyi.evaluation.application.readmodel.ResultsTable;
import com.pingyi.evaluation.domain.result.ExplanationStep;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.result.UnitResult;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.scheme.Dimension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results as a workbook. The dimension rates are not in the stored snapshot, so the round is loaded
 * and the domain computes them (for a published round, from the scores of its latest version).
 */
class ExportResultsService implements ExportResultsUseCase {

    private final LoadRoundPort load;
    private final ResultsWorkbookPort workbooks;

    ExportResultsService(LoadRoundPort load, ResultsWorkbookPort workbooks) {
        this.load = load;
        this.workbooks = workbooks;
    }

    @Override
    @Transactional(readOnly = true)
    public RenderedFile exportResults(ExportResults query) {
        EvaluationRound round = FileNames.round(load, query.round());
        RoundResults results = round.results();
        List<String> dimensions = round.scheme().map(s -> s.dimensions().stream().map(Dimension::name).toList()).orElse(List.of());
        List<ResultsTable.Row> rows = new ArrayList<>();
        for (UnitResult r : results.ranked()) {
            List<BigDecimal> rates = r.dimensionRates().stream().map(ExplanationStep.DimensionRate::shownPercent).toList();
            rows.add(new ResultsTable.Row(r.rank(), r.unit().name(), r.rate().percent(), r.band().label(),
                    r.band().namedInNotice(), r.vetoed(), rates));
        }
        for (RoundResults.Unrated u : results.unrated()) {
            rows.add(new ResultsTable.Row(null, u.unit().name(), null, null, false, false, List.of()));
        }
        ResultsTable table = new ResultsTable(round.title(), round.year().value(), results.precision(), dimensions, rows);
        return new RenderedFile(FileNames.of(round.title(), "评议结果", "xlsx"), FileNames.XLSX, workbooks.render(table));
    }
}
