package com.pingyi.evaluation.domain.demo;

import com.pingyi.evaluation.domain.finding.Comparison;
import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.finding.Statistic;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.notice.NoticeSettings;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.scheme.Aggregation;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo round that ships with the product: the 2019 evaluation of the 16 Shanghai district
 * education bureaus, after the notice of 2020-04-16 (沪教委办〔2019〕38号).
 *
 * <p><b>The scores are ILLUSTRATIVE.</b> The real scores were never published. The scheme is a
 * plausible one and the scores are invented, chosen so that the computed results reproduce every fact
 * the notice states: the units in each band and their order, 宝山 below 60% and not named, and the
 * four achievement figures (computed from the measured values, never typed).
 */
public final class Shanghai2019DemoRound {

    /** The round is illustrative; say so wherever it is shown. */
    public static final String ILLUSTRATIVE_LABEL = "演示数据：分数为示意，非真实评分 (illustrative scores, not the real ones)";
    public static final String TITLE = "2019年度上海市各区教育局政务公开评议（演示）";
    public static final LocalDate NOTICE_DATE = LocalDate.of(2020, 4, 16);

    /** The districts in registry order. */
    public static final List<String> DISTRICTS = List.of("黄浦", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦", "闵行", "宝山",
            "嘉定", "浦东新区", "金山", "松江", "青浦", "奉贤", "崇明");

    /**
     * Illustrative level (percent of each scored indicator's maximum) per district, in registry order.
     * The level drives the invented expert scores; the measured facts below drive the rest.
     */
    private static final Map<String, String> LEVEL = Map.ofEntries(Map.entry("黄浦", "91.5"), Map.entry("徐汇", "62.2"),
            Map.entry("长宁", "59.2"), Map.entry("静安", "64.6"), Map.entry("普陀", "79.3"), Map.entry("虹口", "62.2"),
            Map.entry("杨浦", "89.6"), Map.entry("闵行", "88.1"), Map.entry("宝山", "57.5"), Map.entry("嘉定", "67.1"),
            Map.entry("浦东新区", "68.9"), Map.entry("金山", "82.9"), Map.entry("松江", "73.2"), Map.entry("青浦", "70.7"),
            Map.entry("奉贤", "59.8"), Map.entry("崇明", "73.2"));

    /** Proactive-disclosure rate (主动公开率, %): 100 everywhere but 宝山. */
    private static final Map<String, String> PROACTIVE_RATE = Map.of("宝山", "96.5");
    /** Error rate in disclosure-attribute decisions (公开属性认定差错率, %): zero in 11 bureaus. */
    private static final Map<String, String> ERROR_RATE = Map.of("宝山", "2.1", "长宁", "1.5", "奉贤", "0.8", "徐汇", "1.2",
            "静安", "0.6");
    /** On-time reply rate for disclosure requests (%); 95 or more earns the points. */
    private static final Map<String, String> ON_TIME_RATE = Map.of("宝山", "90", "崇明", "93");
    /** Bureaus without a government Weibo account. */
    private static final Set<String> NO_WEIBO = Set.of("崇明");

    static final int[] OFFSETS = {-3, 2, 0, -1, 4, 1, -2};

    public static final DimensionCode D_DISCLOSURE = DimensionCode.of("D1");
    public static final DimensionCode D_SERVICES = DimensionCode.of("D2");
    public static final DimensionCode D_INTERACTION = DimensionCode.of("D3");
    public static final DimensionCode D_WEBSITE = DimensionCode.of("D4");

    private Shanghai2019DemoRound() {
    }

    /** The unit id of "X区教育局" (deterministic, the same in every build). */
    public static UnitId unitId(String district) {
        return UnitId.named("上海市" + unitName(district));
    }

    public static String unitName(String district) {
        return district + (district.endsWith("区") ? "" : "区") + "教育局";
    }

    public static Scheme scheme() {
        return Scheme.of(
                new Dimension(D_DISCLOSURE, "政府信息公开", Weight.of(40), List.of(
                        Indicator.of("GK01", "主动公开率", "10", EvaluationMethod.DOCUMENT_REVIEW,
                                IndicatorKind.measured(MeasuredRule.linear("100")), null),
                        Indicator.of("GK02", "公开属性认定差错率", "10", EvaluationMethod.DOCUMENT_REVIEW,
                                IndicatorKind.measured(MeasuredRule.atMost("0")), null),
                        Indicator.of("GK03", "依申请公开按时答复率", "10", EvaluationMethod.DOCUMENT_REVIEW,
                                IndicatorKind.measured(MeasuredRule.atLeast("95")), null),
                        Indicator.of("GK04", "重大政策文件解读", "20", EvaluationMethod.EXPERT_ONLINE_REVIEW,
                                IndicatorKind.points(), Aggregation.TRIMMED_MEAN),
                        Indicator.of("GK05", "重点领域信息公开", "30", EvaluationMethod.EXPERT_ONLINE_REVIEW,
                                IndicatorKind.points(), Aggregation.MEAN),
                        Indicator.of("GK06", "政府信息公开工作年度报告", "20", EvaluationMethod.SELF_INSPECTION,
                                IndicatorKind.points(), Aggregation.MEAN),
                        Indicator.of("FJ01", "发布严重错误或泄密信息", "1", EvaluationMethod.THIRD_PARTY_ASSESSMENT,
                                IndicatorKind.veto(), null),
                        Indicator.of("KF01", "信息发布违规", "5", EvaluationMethod.DOCUMENT_REVIEW,
                                IndicatorKind.deduction(), null))),
                new Dimension(D_SERVICES, "网上办事与服务", Weight.of(20), List.of(
                        Indicator.of("BS01", "权责清单与办事指南", "50", EvaluationMethod.THIRD_PARTY_ASSESSMENT,
                                IndicatorKind.points(), Aggregation.MEDIAN),
                        Indicator.of("BS02", "“一网通办”事项接入", "50", EvaluationMethod.DOCUMENT_REVIEW,
                                IndicatorKind.points(), Aggregation.MEAN))),
                new Dimension(D_INTERACTION, "网上互动交流", Weight.of(20), List.of(
                        Indicator.of("HD01", "网上咨询与信访回应", "40", EvaluationMethod.EXPERT_ONLINE_REVIEW,
                                IndicatorKind.points(), Aggregation.TRIMMED_MEAN),
                        Indicator.of("HD02", "政务微博", "15", EvaluationMethod.THIRD_PARTY_ASSESSMENT,
                                IndicatorKind.measured(MeasuredRule.yesNo()), null),
                        Indicator.of("HD03", "政务微信", "15", EvaluationMethod.THIRD_PARTY_ASSESSMENT,
                                IndicatorKind.measured(MeasuredRule.yesNo()), null),
                        Indicator.of("HD04", "网上征求意见与结果反馈", "30", EvaluationMethod.EXPERT_ONLINE_REVIEW,
                                IndicatorKind.points(), Aggregation.MEDIAN))),
                new Dimension(D_WEBSITE, "网站呈现形式", Weight.of(20), List.of(
                        Indicator.of("WZ01", "网站可用性与集约化", "60", EvaluationMethod.THIRD_PARTY_ASSESSMENT,
                                IndicatorKind.points(), Aggregation.MEAN),
                        Indicator.of("WZ02", "栏目设置与信息更新", "40", EvaluationMethod.EXPERT_ONLINE_REVIEW,
                                IndicatorKind.points(), Aggregation.TRIMMED_MEAN),
                        Indicator.of("JY01", "区政府网站教育专栏建设", "2", EvaluationMethod.EXPERT_ONLINE_REVIEW,
                                IndicatorKind.bonus(ScoreRate.of("90")), Aggregation.MEAN))));
    }

    public static NoticeSettings noticeSettings() {
        return new NoticeSettings("上海市教育委员会关于公布2019年度各区教育局政务公开评议结果的通知", "各区教育局", "沪教委办〔2019〕38号",
                "上海市教育委员会关于印发<2019年度上海市各区教育局政务公开评议工作实施方案>的通知", "区教育局政务公开评议工作", "区教育局政务公开",
                "上海市教育委员会");
    }

    /** The round, CLOSED, with its illustrative scores, findings and notice settings: ready to publish. */
    public static EvaluationRound build() {
        EvaluationRound round = EvaluationRound.draft(EvaluationYear.of(2019), TITLE);
        round.defineScheme(scheme());
        round.defineScale(GradeScale.seedDefault());
        round.defineNotice(noticeSettings());
        for (String d : DISTRICTS) {
            round.addUnit(EvaluatedUnit.of(unitId(d), unitName(d)));
        }
        round.open();
        Scheme scheme = scheme();
        for (int u = 0; u < DISTRICTS.size(); u++) {
            recordUnit(round, scheme, u, DISTRICTS.get(u));
        }
        round.close();
        for (Finding f : findings()) {
            round.addFinding(f);
        }
        return round;
    }

    /** The round published on 2020-04-16 (version 1). */
    public static EvaluationRound published() {
        EvaluationRound round = build();
        round.publish(NOTICE_DATE);
        return round;
    }

    private static void recordUnit(EvaluationRound round, Scheme scheme, int u, String district) {
        UnitId unit = unitId(district);
        BigDecimal level = new BigDecimal(LEVEL.get(district));
        ScorerId contact = ScorerId.of("contact-" + u);
        for (int i = 0; i < scheme.indicators().size(); i++) {
            Indicator indicator = scheme.indicators().get(i);
            IndicatorCode code = indicator.code();
            switch (code.value()) {
                case "GK01" -> measured(round, unit, code, MeasuredValue.quantity(PROACTIVE_RATE.getOrDefault(district, "100")));
                case "GK02" -> measured(round, unit, code, MeasuredValue.quantity(ERROR_RATE.getOrDefault(district, "0")));
                case "GK03" -> measured(round, unit, code, MeasuredValue.quantity(ON_TIME_RATE.getOrDefault(district, "98.5")));
                case "HD02" -> measured(round, unit, code, NO_WEIBO.contains(district) ? MeasuredValue.no() : MeasuredValue.yes());
                case "HD03" -> measured(round, unit, code, MeasuredValue.yes());
                case "FJ01" -> round.recordScore(new ScoreEntry.VetoOutcome(unit, code, true, null));
                case "KF01" -> violations(round, unit, code, district);
                case "JY01" -> {
                    for (int e = 0; e < 3; e++) {
                        round.recordScore(new ScoreEntry.Verified(unit, code, ScorerId.of("expert-0" + (e + 1)),
                                scaled(indicator.max(), level.add(BigDecimal.valueOf(OFFSETS[(u + e) % OFFSETS.length])))));
                    }
                }
                default -> {
                    int experts = switch (indicator.aggregation()) {
                        case TRIMMED_MEAN -> 5;
                        case MEDIAN -> 4;
                        case MEAN -> indicator.method() == EvaluationMethod.EXPERT_ONLINE_REVIEW ? 3 : 1;
                    };
                    for (int e = 0; e < experts; e++) {
                        int offset = experts == 1 ? 0 : OFFSETS[(u + i + e) % OFFSETS.length];
                        ScorerId scorer = switch (indicator.method()) {
                            case SELF_INSPECTION -> contact;
                            case DOCUMENT_REVIEW -> ScorerId.of("reviewer-01");
                            case THIRD_PARTY_ASSESSMENT -> ScorerId.of("assessor-0" + (e + 1));
                            case EXPERT_ONLINE_REVIEW -> ScorerId.of("expert-0" + (e + 1));
                        };
                        round.recordScore(new ScoreEntry.Verified(unit, code, scorer,
                                scaled(indicator.max(), level.add(BigDecimal.valueOf(offset)))));
                    }
                    if (indicator.method() != EvaluationMethod.SELF_INSPECTION) {
                        // what the unit claimed in its self-inspection: a little more than verified
                        round.recordScore(new ScoreEntry.SelfInspected(unit, code,
                                scaled(indicator.max(), level.add(BigDecimal.valueOf(6)))));
                    }
                }
            }
        }
    }

    private static void measured(EvaluationRound round, UnitId unit, IndicatorCode code, MeasuredValue value) {
        round.recordScore(new ScoreEntry.Measured(unit, code, value));
    }

    private static void violations(EvaluationRound round, UnitId unit, IndicatorCode code, String district) {
        if (district.equals("宝山")) {
            round.recordScore(new ScoreEntry.Violation(unit, code, Points.of("3"), "栏目长期未更新"));
            round.recordScore(new ScoreEntry.Violation(unit, code, Points.of("4"), "依申请答复超期"));
        } else if (district.equals("长宁")) {
            round.recordScore(new ScoreEntry.Violation(unit, code, Points.of("1"), "链接失效"));
        }
    }

    /** max x percent / 100, rounded to half a point, within 0..max. */
    static Points scaled(Points max, BigDecimal percent) {
        BigDecimal raw = max.value().multiply(percent).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
        BigDecimal halves = raw.multiply(BigDecimal.TWO).setScale(0, RoundingMode.HALF_UP).divide(BigDecimal.TWO);
        return new Points(halves.max(BigDecimal.ZERO).min(max.value()));
    }

    /** The findings of the notice; the figures in the achievements are statistics over the measured values. */
    public static List<Finding> findings() {
        return List.of(
                Finding.roundWide(FindingKind.ACHIEVEMENT, D_DISCLOSURE,
                        "政府信息公开工作力度进一步加强。政府公文信息的主动公开率大幅提高，主动公开率为100%的区教育局有{0}家。"
                                + "同时，公文信息公开属性认定的差错率也大幅下降，有{1}家区教育局公文信息公开属性认定做到了零误差。",
                        Statistic.countWhere("GK01", Comparison.EQUAL, MeasuredValue.quantity("100")),
                        Statistic.countWhere("GK02", Comparison.EQUAL, MeasuredValue.quantity("0"))),
                Finding.roundWide(FindingKind.ACHIEVEMENT, D_SERVICES,
                        "网上办事服务水平进一步提升。各区教育局继续推行权责清单、政务服务办事指南等动态调整机制，让办事服务更加便捷透明。"),
                Finding.roundWide(FindingKind.ACHIEVEMENT, D_INTERACTION,
                        "网上互动交流进一步深化。网上咨询和网上信访的回应情况有了较为明显的改善。"),
                Finding.roundWide(FindingKind.ACHIEVEMENT, D_INTERACTION,
                        "政务新媒体服务水平不断提高。评议结果显示，有{0}家区教育局开设了政务微博，{1}家区教育局开通了政务微信。",
                        Statistic.countWhere("HD02", Comparison.EQUAL, MeasuredValue.yes()),
                        Statistic.countWhere("HD03", Comparison.EQUAL, MeasuredValue.yes())),
                Finding.roundWide(FindingKind.ACHIEVEMENT, D_WEBSITE,
                        "推进政府网站集约化专栏建设。各区教育局完成了门户网站向上一级区政府门户网站迁移整合工作。"),
                Finding.roundWide(FindingKind.PROBLEM, null,
                        "一是政务公开规范化标准化建设有待加强；二是决策公开仍需加强，公众参与的内容和形式需进一步细化丰富；"
                                + "三是新的教育子网站或教育栏目需进一步加强；四是对中小学信息公开工作进行业务指导需进一步加强。"),
                Finding.aboutUnit(FindingKind.PROBLEM, unitId("宝山"), D_DISCLOSURE,
                        "公开属性认定差错率偏高，信息发布存在违规，主动公开率未达100%。"),
                Finding.roundWide(FindingKind.REQUIREMENT, null,
                        "一是加强政务公开标准化规范化建设。二是加强教育决策过程中的信息公开和意见征询工作。"
                                + "三是进一步加强区教育局子网站或教育专栏建设。四是加强对中小学信息公开工作的业务指导和监管。"));
    }
}
