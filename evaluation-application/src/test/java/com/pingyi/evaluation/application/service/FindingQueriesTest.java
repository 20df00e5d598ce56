package com.pingyi.evaluation.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.port.in.finding.AddFinding;
import com.pingyi.evaluation.application.port.in.finding.CheckRectification;
import com.pingyi.evaluation.application.port.in.finding.ListFindings;
import com.pingyi.evaluation.application.port.in.finding.ListRectifications;
import com.pingyi.evaluation.application.port.in.finding.ListStatisticOptions;
import com.pingyi.evaluation.application.port.in.finding.RaiseRectification;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.result.PreviewNotice;
import com.pingyi.evaluation.application.port.in.round.CloneRound;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.port.in.round.WithdrawUnit;
import com.pingyi.evaluation.application.readmodel.FindingChoices;
import com.pingyi.evaluation.application.readmodel.FindingView;
import com.pingyi.evaluation.application.readmodel.RectificationView;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.readmodel.StatisticFigure;
import com.pingyi.evaluation.application.service.finding.FindingQueries;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.finding.Comparison;
import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.FindingId;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.finding.Statistic;
import com.pingyi.evaluation.domain.notice.Notice;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The questions the findings editor asks, on the demo round: the figures quoted in its achievements are
 * those of the seed notice (15 bureaus at a 100% proactive-disclosure rate, 11 with zero errors, 15 with a
 * Weibo, all 16 with WeChat), computed from the measured values, and the same as the notice prints.
 */
class FindingQueriesTest {

    private static final LocalDate DAY = LocalDate.of(2020, 4, 16);
    private static final UnitId BAOSHAN = Shanghai2019DemoRound.unitId("宝山");

    private final RoundFixture f = new RoundFixture();
    private final FindingQueries queries = new FindingQueries(f.rounds);

    private Page<FindingView> findings(RoundId round, FindingKind kind) {
        return queries.listFindings().listFindings(new ListFindings(round, kind, PageRequest.first(50)));
    }

    private Page<RectificationView> items(RoundId round, ListRectifications.Origin origin) {
        return queries.listRectifications().listRectifications(new ListRectifications(round, origin, PageRequest.first(50)));
    }

    @Test
    void the_demo_rounds_achievements_quote_the_seed_notices_figures_computed_from_the_measured_values() {
        RoundRef demo = f.store(Shanghai2019DemoRound.published());

        List<FindingView> achievements = findings(demo.id(), FindingKind.ACHIEVEMENT).items();

        assertThat(achievements).hasSize(5).extracting(FindingView::position).containsExactly(1, 2, 3, 4, 5);
        FindingView disclosure = achievements.getFirst();
        assertThat(disclosure.text()).contains("主动公开率为100%的区教育局有{0}家", "有{1}家区教育局");
        assertThat(disclosure.rendered()).contains("主动公开率为100%的区教育局有15家", "有11家区教育局公文信息公开属性认定做到了零误差")
                .doesNotContain("{");
        assertThat(disclosure.statistics()).extracting(StatisticFigure::figure).containsExactly(15, 11);
        assertThat(disclosure.statistics()).extracting(StatisticFigure::indicatorName).containsExactly("主动公开率", "公开属性认定差错率");
        assertThat(disclosure.dimensionName()).isEqualTo("政府信息公开");
        assertThat(disclosure.unit()).isNull();
        FindingView newMedia = achievements.get(3);
        assertThat(newMedia.rendered()).contains("有15家区教育局开设了政务微博", "16家区教育局开通了政务微信");
        assertThat(newMedia.statistics()).extracting(StatisticFigure::figure).containsExactly(15, 16);
    }

    @Test
    void every_kind_together_comes_in_the_notices_order_with_the_notices_rendered_text() {
        RoundRef demo = f.store(Shanghai2019DemoRound.published());

        Page<FindingView> all = findings(demo.id(), null);
        Notice notice = f.queries.previewNotice().previewNotice(new PreviewNotice(demo.id(), DAY));

        assertThat(all.total()).isEqualTo(8);
        assertThat(all.items()).extracting(FindingView::kind).isSortedAccordingTo(Enum::compareTo);
        assertThat(all.items()).extracting(FindingView::rendered)
                .containsExactlyElementsOf(notice.findings().stream().map(Notice.NoticeFinding::text).toList());
    }

    @Test
    void a_page_of_one_kind_keeps_each_findings_number_within_its_section() {
        RoundRef demo = f.store(Shanghai2019DemoRound.published());

        Page<FindingView> second = queries.listFindings().listFindings(
                new ListFindings(demo.id(), FindingKind.PROBLEM, new PageRequest(1, 1)));

        assertThat(second.total()).isEqualTo(2);
        FindingView baoshan = second.items().getFirst();
        assertThat(baoshan.position()).isEqualTo(2);
        assertThat(baoshan.unit()).isEqualTo(BAOSHAN);
        assertThat(baoshan.unitName()).isEqualTo("宝山区教育局");
        assertThat(baoshan.rectifiable()).isTrue();
        assertThat(baoshan.rectifications()).isZero();
        assertThat(findings(demo.id(), FindingKind.PROBLEM).items().getFirst().rectifiable()).isFalse();
        assertThat(queries.listFindings().listFindings(new ListFindings(demo.id(), FindingKind.PROBLEM, new PageRequest(5, 10)))
                .items()).isEmpty();
    }

    @Test
    void the_picker_offers_the_measured_indicators_conditions_with_the_figure_each_gives_now() {
        RoundRef demo = f.store(Shanghai2019DemoRound.published());

        FindingChoices choices = queries.listStatisticOptions().listStatisticOptions(new ListStatisticOptions(demo.id()));

        assertThat(choices.countedUnits()).isEqualTo(16);
        assertThat(figure(choices, "GK01", Comparison.EQUAL, MeasuredValue.quantity("100"))).isEqualTo(15);
        assertThat(figure(choices, "GK01", Comparison.BELOW, MeasuredValue.quantity("100"))).isEqualTo(1);
        assertThat(figure(choices, "GK02", Comparison.EQUAL, MeasuredValue.quantity("0"))).isEqualTo(11);
        assertThat(figure(choices, "GK02", Comparison.ABOVE, MeasuredValue.quantity("0"))).isEqualTo(5);
        assertThat(figure(choices, "GK03", Comparison.AT_LEAST, MeasuredValue.quantity("95"))).isEqualTo(14);
        assertThat(figure(choices, "HD02", Comparison.EQUAL, MeasuredValue.yes())).isEqualTo(15);
        assertThat(figure(choices, "HD02", Comparison.EQUAL, MeasuredValue.no())).isEqualTo(1);
        assertThat(figure(choices, "HD03", Comparison.EQUAL, MeasuredValue.yes())).isEqualTo(16);
        // Only MEASURED indicators have values to count.
        assertThat(choices.statistics()).extracting(s -> s.statistic().indicator().value())
                .containsOnly("GK01", "GK02", "GK03", "HD02", "HD03");
        assertThat(choices.units()).hasSize(16).first().isEqualTo(
                new FindingChoices.UnitChoice(Shanghai2019DemoRound.unitId("黄浦"), "黄浦区教育局"));
        assertThat(choices.dimensions()).extracting(FindingChoices.DimensionChoice::name)
                .containsExactly("政府信息公开", "网上办事与服务", "网上互动交流", "网站呈现形式");
    }

    @Test
    void a_withdrawn_unit_is_counted_neither_by_the_picker_nor_by_the_findings_as_in_the_notice() {
        EvaluationRound closed = Shanghai2019DemoRound.build();
        RoundRef ref = f.store(closed);
        f.services.withdrawUnit().withdrawUnit(new WithdrawUnit(ref, Shanghai2019DemoRound.unitId("长宁"), "机构调整", DAY));

        FindingChoices choices = queries.listStatisticOptions().listStatisticOptions(new ListStatisticOptions(ref.id()));
        FindingView disclosure = findings(ref.id(), FindingKind.ACHIEVEMENT).items().getFirst();
        Notice notice = f.queries.previewNotice().previewNotice(new PreviewNotice(ref.id(), DAY));

        assertThat(choices.countedUnits()).isEqualTo(15);
        assertThat(choices.units()).extracting(FindingChoices.UnitChoice::name).doesNotContain("长宁区教育局");
        // 长宁 had a 100% proactive-disclosure rate and an error rate above zero.
        assertThat(disclosure.statistics()).extracting(StatisticFigure::figure).containsExactly(14, 11);
        assertThat(figure(choices, "GK01", Comparison.EQUAL, MeasuredValue.quantity("100"))).isEqualTo(14);
        assertThat(notice.findings().getFirst().figures()).containsExactly(14, 11);
    }

    @Test
    void a_finding_added_with_a_statistic_is_listed_with_its_figure() {
        RoundRef ref = f.store(Shanghai2019DemoRound.build());
        Finding weibo = new Finding(FindingId.newId(), FindingKind.PROBLEM, null, null, "仍有{0}家区教育局未开设政务微博。",
                List.of(Statistic.countWhere("HD02", Comparison.EQUAL, MeasuredValue.no())));
        f.services.addFinding().addFinding(new AddFinding(ref, weibo));

        FindingView added = findings(ref.id(), FindingKind.PROBLEM).items().getLast();

        assertThat(added.id()).isEqualTo(weibo.id());
        assertThat(added.position()).isEqualTo(3);
        assertThat(added.rendered()).isEqualTo("仍有1家区教育局未开设政务微博。");
        assertThat(added.text()).isEqualTo("仍有{0}家区教育局未开设政务微博。");
    }

    @Test
    void an_item_raised_here_is_listed_open_and_once_carried_into_the_next_round_it_is_checked_there() {
        RoundRef ref = f.store(Shanghai2019DemoRound.build());
        FindingView problem = findings(ref.id(), FindingKind.PROBLEM).items().getLast();
        RoundState raised = f.services.raiseRectification().raiseRectification(new RaiseRectification(ref, problem.id(),
                "建立公开属性认定复核台账", DAY.plusMonths(3)));

        RectificationView item = items(ref.id(), ListRectifications.Origin.RAISED_HERE).items().getFirst();
        assertThat(item.unitName()).isEqualTo("宝山区教育局");
        assertThat(item.findingText()).isEqualTo(problem.rendered());
        assertThat(item.raisedInYear()).isEqualTo(2019);
        assertThat(item.due()).isEqualTo(DAY.plusMonths(3));
        assertThat(item.status()).isEqualTo(RectificationItem.Status.OPEN);
        assertThat(item.overdueOn(DAY.plusMonths(4))).isTrue();
        assertThat(item.overdueOn(DAY)).isFalse();
        assertThat(findings(ref.id(), FindingKind.PROBLEM).items().getLast().rectifications()).isEqualTo(1);
        assertThat(items(ref.id(), ListRectifications.Origin.CARRIED_IN).total()).isZero();

        RoundState next = f.services.cloneRound().cloneRound(new CloneRound(raised.id(), EvaluationYear.of(2020), "2020年度评议"));
        RectificationView carried = items(next.id(), ListRectifications.Origin.CARRIED_IN).items().getFirst();
        assertThat(carried).usingRecursiveComparison().isEqualTo(item);
        assertThat(items(next.id(), ListRectifications.Origin.RAISED_HERE).total()).isZero();

        f.services.checkRectification().checkRectification(new CheckRectification(f.ref(next.id()), carried.id(), "已建立台账"));

        RectificationView checked = items(next.id(), ListRectifications.Origin.CARRIED_IN).items().getFirst();
        assertThat(checked.status()).isEqualTo(RectificationItem.Status.DONE);
        assertThat(checked.checkNote()).isEqualTo("已建立台账");
        assertThat(checked.overdueOn(DAY.plusYears(1))).isFalse();
    }

    @Test
    void an_unknown_round_is_a_named_error() {
        RoundId unknown = RoundId.newId();

        assertThatThrownBy(() -> findings(unknown, null)).hasFieldOrPropertyWithValue("messageKey", "round.not-found");
        assertThatThrownBy(() -> queries.listStatisticOptions().listStatisticOptions(new ListStatisticOptions(unknown)))
                .hasFieldOrPropertyWithValue("messageKey", "round.not-found");
        assertThatThrownBy(() -> items(unknown, ListRectifications.Origin.CARRIED_IN))
                .hasFieldOrPropertyWithValue("messageKey", "round.not-found");
    }

    private static Integer figure(FindingChoices choices, String indicator, Comparison comparison, MeasuredValue reference) {
        return choices.statistics().stream().filter(s -> s.statistic().indicator().value().equals(indicator)
                        && s.statistic().comparison() == comparison && sameReference(s.statistic().reference(), reference))
                .map(StatisticFigure::figure).findFirst()
                .orElseThrow(() -> new AssertionError("not offered: " + indicator + " " + comparison + " " + reference));
    }

    private static boolean sameReference(MeasuredValue a, MeasuredValue b) {
        return a instanceof MeasuredValue.Quantity(var x) && b instanceof MeasuredValue.Quantity(var y)
                ? x.compareTo(y) == 0 : a.equals(b);
    }
}
