package com.pingyi.evaluation.domain.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.pingyi.evaluation.domain.shared.Points;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The flat score layout of a unit behaves like a plain map of (indicator, scorer) -> points. */
class UnitSheetPropertiesTest {

    @Test
    void recordingAndRemovingInAnyOrderKeepsEveryIndicatorsScores() {
        // each operation: indicator 0..4 (P is index 0; only P and X take verified scores), scorer 0..6, value, remove?
        qt().forAll(lists().of(integers().between(0, 7 * 2 * 1_000 * 2 - 1)).ofSizeBetween(1, 60)).checkAssert(ops -> {
            UnitSheet sheet = new UnitSheet(5);
            List<Map<Integer, Long>> model = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                model.add(new LinkedHashMap<>());
            }
            for (int op : ops) {
                boolean remove = op % 2 == 1;
                int rest = op / 2;
                long value = rest % 1_000;
                rest /= 1_000;
                int indicator = (rest % 2) * 4; // 0 or 4
                int scorer = rest / 2;
                ScorerId id = ScorerId.of("s" + scorer);
                if (remove) {
                    assertThat(sheet.removeVerified(indicator, id)).isEqualTo(model.get(indicator).remove(scorer) != null);
                } else {
                    sheet.putVerified(indicator, id, value);
                    model.get(indicator).put(scorer, value);
                }
            }
            for (int i = 0; i < 5; i++) {
                Map<Integer, Long> expected = model.get(i);
                assertThat(sheet.count(i)).isEqualTo(expected.size());
                Map<Integer, Long> actual = new LinkedHashMap<>();
                for (int k = 0; k < sheet.count(i); k++) {
                    actual.put(Integer.parseInt(sheet.scorerAt(i, k).value().substring(1)), sheet.centAt(i, k));
                    assertThat(sheet.data()[sheet.offset(i) + k]).isEqualTo(sheet.centAt(i, k));
                }
                assertThat(actual).isEqualTo(expected);
                assertThat(sheet.centsOf(i)).hasSize(expected.size());
            }
        });
    }

    @Test
    void aReadOnlyViewRefusesChanges() {
        ScoreBook book = new ScoreBook(ScoreBookTest.SCHEME);
        ScoreBook view = book.readOnlyView();
        com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule(() -> view.record(new ScoreEntry.Verified(
                ScoreBookTest.U, ScoreBookTest.P, ScorerId.of("e"), Points.of(1))), "score.book-read-only");
        book.record(new ScoreEntry.Verified(ScoreBookTest.U, ScoreBookTest.P, ScorerId.of("e"), Points.of(1)));
        assertThat(view.verified(ScoreBookTest.U, ScoreBookTest.P)).containsExactly(Points.of(1));
    }
}
