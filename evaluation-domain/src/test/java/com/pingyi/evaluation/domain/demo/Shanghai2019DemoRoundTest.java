package com.pingyi.evaluation.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.notice.Notice;
import com.pingyi.evaluation.domain.notice.NoticeCrossCheck;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.result.UnitResult;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.Publication;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every fact of the seed notice (domain.md, "What the seed fixes"), asserted on the COMPUTED notice of the demo round. */
class Shanghai2019DemoRoundTest {

    static EvaluationRound round;
    static Publication publication;
    static Notice notice;

    @BeforeAll
    static void publish() {
        round = Shanghai2019DemoRound.build();
        publication = round.publish(Shanghai2019DemoRound.NOTICE_DATE);
        notice = publication.notice();
    }

    @Test
    void theRoundHasTheSixteenDistrictBureausInRegistryOrder() {
        assertThat(round.units()).extracting(u -> u.name()).containsExactly("黄浦区教育局", "徐汇区教育局", "长宁区教育局", "静安区教育局",
                "普陀区教育局", "虹口区教育局", "杨浦区教育局", "闵行区教育局", "宝山区教育局", "嘉定区教育局", "浦东新区教育局", "金山区教育局", "松江区教育局",
                "青浦区教育局", "奉贤区教育局", "崇明区教育局");
        assertThat(round.status()).isEqualTo(RoundStatus.PUBLISHED);
        assertThat(Shanghai2019DemoRound.ILLUSTRATIVE_LABEL).contains("示意").contains("illustrative");
    }

    @Test
    void theAttachmentNamesTheBandsInRankOrder() {
        Notice.Attachment a = notice.attachment();
        assertThat(a.title()).isEqualTo("2019年区教育局政务公开优秀、良好、合格单位名单");
        assertThat(a.sections()).extracting(Notice.AttachmentSection::heading)
                .containsExactly("一、优秀单位（3家）", "二、良好单位（2家）", "三、合格单位（10家）");
        assertThat(a.section("优秀").unitNames()).containsExactly("黄浦区教育局", "杨浦区教育局", "闵行区教育局");
        assertThat(a.section("良好").unitNames()).containsExactly("金山区教育局", "普陀区教育局");
        assertThat(a.section("合格").unitNames()).containsExactly("松江区教育局", "青浦区教育局", "浦东新区教育局", "嘉定区教育局",
                "崇明区教育局", "虹口区教育局", "静安区教育局", "徐汇区教育局", "奉贤区教育局", "长宁区教育局");
    }

    @Test
    void baoshanIsBelowSixtyPercentAndNotNamed() {
        UnitResult baoshan = round.results().of(Shanghai2019DemoRound.unitId("宝山"));
        assertThat(publication.standingOf(Shanghai2019DemoRound.unitId("宝山")).rate()).isEqualTo(baoshan.rate());
        assertThat(publication.standings()).extracting(Publication.Standing::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9,
                10, 11, 12, 13, 14, 15, 16);
        assertThat(baoshan.rate().percent()).isLessThan(new BigDecimal("60"));
        assertThat(baoshan.band().label()).isEqualTo("不合格");
        assertThat(baoshan.band().namedInNotice()).isFalse();
        assertThat(baoshan.vetoed()).isFalse();
        assertThat(notice.attachment().sections().stream().flatMap(s -> s.unitNames().stream())).doesNotContain("宝山区教育局")
                .hasSize(15);
        assertThat(notice.omissions()).extracting(Notice.Omission::unitName, Notice.Omission::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("宝山区教育局", Notice.Omission.Reason.NON_PUBLISHED_BAND));
        assertThat(NoticeCrossCheck.unaccounted(round.units(), notice)).isEmpty();
    }

    @Test
    void theSummarySentencesNameTheFirstUnitAndTheCountOfEachNamedBand() {
        assertThat(notice.summarySentences()).extracting(Notice.SummarySentence::text).containsExactly(
                "确定黄浦区教育局等3家单位为2019年度区教育局政务公开评议工作“优秀单位”",
                "确定金山区教育局等2家单位为2019年度区教育局政务公开评议工作“良好单位”",
                "确定松江区教育局等10家单位为2019年度区教育局政务公开评议工作“合格单位”");
    }

    @Test
    void theFourAchievementFiguresAreComputedFromTheData() {
        List<Notice.NoticeFinding> achievements = notice.findings(FindingKind.ACHIEVEMENT);
        assertThat(achievements.get(0).figures()).containsExactly(15, 11);
        assertThat(achievements.get(0).text()).contains("主动公开率为100%的区教育局有15家")
                .contains("有11家区教育局公文信息公开属性认定做到了零误差");
        assertThat(achievements.get(3).figures()).containsExactly(15, 16);
        assertThat(achievements.get(3).text()).contains("有15家区教育局开设了政务微博");
        // "all with WeChat": the WeChat figure is every unit of the round
        assertThat(achievements.get(3).figures().get(1)).isEqualTo(round.units().size());
        assertThat(achievements).hasSize(5);
    }

    @Test
    void theNoticeCarriesTitleBasisMethodsDimensionsBandsSignatureAndDate() {
        assertThat(notice.title()).isEqualTo("上海市教育委员会关于公布2019年度各区教育局政务公开评议结果的通知");
        assertThat(notice.addressee()).isEqualTo("各区教育局");
        assertThat(notice.basisDocumentNumber()).isEqualTo("沪教委办〔2019〕38号");
        assertThat(notice.methodsText()).isEqualTo("单位自查、资料查阅、专家网上评议和第三方测评");
        assertThat(notice.dimensionsText()).isEqualTo("政府信息公开、网上办事与服务、网上互动交流和网站呈现形式");
        assertThat(notice.bandDefinitions()).extracting(Notice.BandDefinition::label, Notice.BandDefinition::interval,
                Notice.BandDefinition::named).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("优秀", "[90, 100]", true),
                        org.assertj.core.groups.Tuple.tuple("良好", "[80, 90)", true),
                        org.assertj.core.groups.Tuple.tuple("合格", "[60, 80)", true),
                        org.assertj.core.groups.Tuple.tuple("不合格", "[0, 60)", false));
        assertThat(notice.issuer()).isEqualTo("上海市教育委员会");
        assertThat(notice.date()).isEqualTo(LocalDate.of(2020, 4, 16));
        assertThat(notice.dateText()).isEqualTo("2020年4月16日");
        assertThat(notice.findings(FindingKind.PROBLEM)).isNotEmpty();
        assertThat(notice.findings(FindingKind.REQUIREMENT)).isNotEmpty();
    }

    @Test
    void theSchemeUsesAllFourMethodsAndTheRequiredKindsAndRules() {
        List<Indicator> indicators = round.scheme().orElseThrow().indicators();
        assertThat(indicators.stream().map(Indicator::method).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(EvaluationMethod.values());
        Set<String> kinds = indicators.stream().map(i -> i.kind().name()).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder("POINTS", "MEASURED", "DEDUCTION", "VETO", "BONUS");
        assertThat(indicators).filteredOn(i -> i.name().equals("主动公开率")).singleElement()
                .satisfies(i -> assertThat(((IndicatorKind.Measured) i.kind()).rule()).isInstanceOf(MeasuredRule.Linear.class));
        assertThat(indicators).filteredOn(i -> i.name().equals("公开属性认定差错率")).singleElement()
                .satisfies(i -> assertThat(((IndicatorKind.Measured) i.kind()).rule()).isEqualTo(MeasuredRule.atMost("0")));
        assertThat(indicators).filteredOn(i -> i.name().startsWith("政务微")).extracting(i -> ((IndicatorKind.Measured) i.kind()).rule())
                .containsOnly(MeasuredRule.yesNo()).hasSize(2);
        assertThat(indicators).anySatisfy(i -> assertThat(i.kind()).isInstanceOfSatisfying(IndicatorKind.Measured.class,
                m -> assertThat(m.rule()).isInstanceOf(MeasuredRule.AtLeast.class)));
    }

    @Test
    void everyGradeCanAnswerWhy() {
        RoundResults results = round.results();
        for (UnitResult r : results.ranked()) {
            assertThat(r.explanation()).hasSize(8);
            assertThat(r.rate().percent().scale()).isEqualTo(2);
        }
        assertThat(results.ranked()).extracting(UnitResult::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
                14, 15, 16);
    }

    @Test
    void selfInspectionIsKeptBesideTheVerifiedScoreWithItsGap() {
        UnitResult huangpu = round.results().of(Shanghai2019DemoRound.unitId("黄浦"));
        var gap = huangpu.selfInspectionGap();
        assertThat(gap.lines()).isNotEmpty();
        assertThat(gap.total()).isPositive();
        assertThat(gap.total()).isEqualByComparingTo(gap.lines().stream().map(l -> l.gap()).reduce(BigDecimal.ZERO,
                BigDecimal::add));
        assertThat(round.spreadFlags()).isEmpty();
    }

    /**
     * The rounded rates of the demo, in registry order. Cross-checked with an independent computation
     * in exact fractions (Python, from domain.md's "Results" section): every figure agreed.
     */
    @Test
    void theDemoRatesAreTheIndependentlyCheckedFigures() {
        assertThat(round.results().inRegistryOrder()).extracting(r -> r.rate().percent().toPlainString()).containsExactly(
                "95.42", "64.98", "61.48", "66.92", "83.07", "69.13", "93.50", "92.15", "52.03", "72.78", "74.53", "85.93",
                "78.03", "76.15", "63.25", "70.87");
    }
}
