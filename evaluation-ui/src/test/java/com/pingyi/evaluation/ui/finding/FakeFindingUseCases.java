package com.pingyi.evaluation.ui.finding;

import com.pingyi.evaluation.application.port.in.finding.AddFinding;
import com.pingyi.evaluation.application.port.in.finding.AddFindingUseCase;
import com.pingyi.evaluation.application.port.in.finding.CheckRectification;
import com.pingyi.evaluation.application.port.in.finding.CheckRectificationUseCase;
import com.pingyi.evaluation.application.port.in.finding.ListFindings;
import com.pingyi.evaluation.application.port.in.finding.ListFindingsUseCase;
import com.pingyi.evaluation.application.port.in.finding.ListRectifications;
import com.pingyi.evaluation.application.port.in.finding.ListRectificationsUseCase;
import com.pingyi.evaluation.application.port.in.finding.ListStatisticOptions;
import com.pingyi.evaluation.application.port.in.finding.ListStatisticOptionsUseCase;
import com.pingyi.evaluation.application.port.in.finding.RaiseRectification;
import com.pingyi.evaluation.application.port.in.finding.RaiseRectificationUseCase;
import com.pingyi.evaluation.application.port.in.finding.RemoveFinding;
import com.pingyi.evaluation.application.port.in.finding.RemoveFindingUseCase;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.FindingChoices;
import com.pingyi.evaluation.application.readmodel.FindingView;
import com.pingyi.evaluation.application.readmodel.RectificationView;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.readmodel.StatisticFigure;
import com.pingyi.evaluation.domain.finding.Comparison;
import com.pingyi.evaluation.domain.finding.FindingId;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.finding.Statistic;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Every use case of the findings page, faked over fixed read models shaped like the demo round's; the
 * commands are captured, and a refusal can be armed for the next one. Read its state through methods:
 * the bean is a security proxy, whose own fields are empty.
 */
class FakeFindingUseCases implements GetRoundUseCase, ListFindingsUseCase, ListStatisticOptionsUseCase,
        ListRectificationsUseCase, AddFindingUseCase, RemoveFindingUseCase, RaiseRectificationUseCase,
        CheckRectificationUseCase {

    static final RoundId ROUND = RoundId.newId();
    static final UnitId BAOSHAN = UnitId.named("上海市宝山区教育局");
    static final StatisticFigure PROACTIVE = new StatisticFigure(
            Statistic.countWhere("GK01", Comparison.EQUAL, MeasuredValue.quantity("100")), "主动公开率", 15);
    static final StatisticFigure NO_ERRORS = new StatisticFigure(
            Statistic.countWhere("GK02", Comparison.EQUAL, MeasuredValue.quantity("0")), "公开属性认定差错率", 11);
    static final StatisticFigure WEIBO = new StatisticFigure(
            Statistic.countWhere("HD02", Comparison.EQUAL, MeasuredValue.yes()), "政务微博", 15);
    static final FindingView DISCLOSURE = new FindingView(FindingId.newId(), FindingKind.ACHIEVEMENT, 1, null, null,
            DimensionCode.of("D1"), "政府信息公开", "主动公开率为100%的区教育局有{0}家。", "主动公开率为100%的区教育局有15家。",
            List.of(PROACTIVE), 0);
    static final FindingView SERVICES = new FindingView(FindingId.newId(), FindingKind.ACHIEVEMENT, 2, null, null,
            DimensionCode.of("D2"), "网上办事与服务", "网上办事服务水平进一步提升。", "网上办事服务水平进一步提升。", List.of(), 0);
    static final FindingView STANDARDS = new FindingView(FindingId.newId(), FindingKind.PROBLEM, 1, null, null, null, null,
            "政务公开规范化标准化建设有待加强。", "政务公开规范化标准化建设有待加强。", List.of(), 0);
    static final FindingView BAOSHAN_PROBLEM = new FindingView(FindingId.newId(), FindingKind.PROBLEM, 2, BAOSHAN, "宝山区教育局",
            DimensionCode.of("D1"), "政府信息公开", "公开属性认定差错率偏高。", "公开属性认定差错率偏高。", List.of(), 1);
    static final FindingView TRAINING = new FindingView(FindingId.newId(), FindingKind.REQUIREMENT, 1, null, null, null, null,
            "加强政务公开标准化规范化建设。", "加强政务公开标准化规范化建设。", List.of(), 0);
    static final RectificationView RAISED = new RectificationView(UUID.randomUUID(), ROUND, 2019, BAOSHAN_PROBLEM.id(),
            BAOSHAN_PROBLEM.rendered(), BAOSHAN, "宝山区教育局", "建立公开属性认定复核台账", LocalDate.now().plusMonths(3),
            RectificationItem.Status.OPEN, null);
    static final RectificationView CARRIED_OVERDUE = new RectificationView(UUID.randomUUID(), RoundId.newId(), 2018,
            FindingId.newId(), "栏目长期未更新。", UnitId.named("上海市长宁区教育局"), "长宁区教育局", "完善栏目更新机制",
            LocalDate.now().minusDays(10), RectificationItem.Status.OPEN, null);
    static final RectificationView CARRIED_DONE = new RectificationView(UUID.randomUUID(), RoundId.newId(), 2018,
            FindingId.newId(), "依申请答复超期。", BAOSHAN, "宝山区教育局", "按期答复依申请公开", LocalDate.now().minusMonths(2),
            RectificationItem.Status.DONE, "已抽查十件，均按期答复");

    /** Puts the fake in front of the real use cases of the context. */
    @TestConfiguration
    static class Configuration {

        @Bean
        @Primary
        FakeFindingUseCases fakeFindingUseCases() {
            return new FakeFindingUseCases();
        }
    }

    private final AtomicReference<RoundStatus> status = new AtomicReference<>(RoundStatus.CLOSED);
    private final AtomicLong version = new AtomicLong(7);
    private final List<Object> commands = new CopyOnWriteArrayList<>();
    private final AtomicReference<DomainException> refusal = new AtomicReference<>();
    private final AtomicReference<Integer> carriedCount = new AtomicReference<>();
    private final AtomicReference<Integer> achievementCount = new AtomicReference<>();
    private final List<ListFindings> findingQueries = new CopyOnWriteArrayList<>();
    private final List<ListRectifications> rectificationQueries = new CopyOnWriteArrayList<>();

    List<Object> commands() {
        return commands;
    }

    void reset(RoundStatus newStatus) {
        status.set(newStatus);
        version.set(7);
        commands.clear();
        refusal.set(null);
        carriedCount.set(null);
        rectificationQueries.clear();
        achievementCount.set(null);
        findingQueries.clear();
    }

    /** From now on, the round has this many achievements, as with one written about every unit. */
    void achieveMany(int count) {
        achievementCount.set(count);
    }

    List<ListFindings> findingQueries() {
        return findingQueries;
    }

    /** From now on, this many open items are carried in, as after a year with a problem for every unit. */
    void carryMany(int count) {
        carriedCount.set(count);
    }

    List<ListRectifications> rectificationQueries() {
        return rectificationQueries;
    }

    long version() {
        return version.get();
    }

    /** The next command is refused with this rule. */
    void refuseNext(DomainException e) {
        refusal.set(e);
    }

    private RoundState state() {
        return new RoundState(ROUND, 2019, "2019年度上海市各区教育局政务公开评议（演示）", status.get(), version.get());
    }

    private RoundState command(RoundRef ref, Object command) {
        DomainException refused = refusal.getAndSet(null);
        if (refused != null) {
            throw refused;
        }
        commands.add(command);
        version.set(ref.version() + 1);
        return state();
    }

    private static <T> Page<T> page(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        return new Page<>(all.subList(from, Math.min(from + limit, all.size())), all.size());
    }

    @Override
    public RoundState getRound(GetRound query) {
        return state();
    }

    @Override
    public Page<FindingView> listFindings(ListFindings query) {
        findingQueries.add(query);
        Integer many = achievementCount.get();
        if (many != null && query.kind() == FindingKind.ACHIEVEMENT) {
            List<FindingView> rows = java.util.stream.IntStream.range(0, many).mapToObj(i -> new FindingView(
                    new FindingId(UUID.nameUUIDFromBytes(("finding-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                    FindingKind.ACHIEVEMENT, i + 1, null, null, null, null, "成效" + i, "成效" + i, List.of(), 0)).toList();
            return page(rows, query.page().offset(), query.page().limit());
        }
        List<FindingView> all = List.of(DISCLOSURE, SERVICES, STANDARDS, BAOSHAN_PROBLEM, TRAINING).stream()
                .filter(f -> query.kind() == null || f.kind() == query.kind()).toList();
        return page(all, query.page().offset(), query.page().limit());
    }

    @Override
    public FindingChoices listStatisticOptions(ListStatisticOptions query) {
        return new FindingChoices(List.of(PROACTIVE, NO_ERRORS, WEIBO),
                List.of(new FindingChoices.UnitChoice(BAOSHAN, "宝山区教育局")),
                List.of(new FindingChoices.DimensionChoice(DimensionCode.of("D1"), "政府信息公开")), 16);
    }

    @Override
    public Page<RectificationView> listRectifications(ListRectifications query) {
        rectificationQueries.add(query);
        if (query.origin() == ListRectifications.Origin.RAISED_HERE) {
            return page(List.of(RAISED), query.page().offset(), query.page().limit());
        }
        Integer many = carriedCount.get();
        if (many == null) {
            return page(List.of(CARRIED_OVERDUE, CARRIED_DONE), query.page().offset(), query.page().limit());
        }
        // Only the rows asked for are made, as a store would read only them.
        int from = Math.min(query.page().offset(), many);
        int to = Math.min(from + query.page().limit(), many);
        List<RectificationView> rows = java.util.stream.IntStream.range(from, to).mapToObj(i -> new RectificationView(
                UUID.nameUUIDFromBytes(("item-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)), CARRIED_OVERDUE.raisedIn(),
                2018, CARRIED_OVERDUE.finding(), CARRIED_OVERDUE.findingText(), CARRIED_OVERDUE.unit(), "单位" + i, "整改事项" + i,
                CARRIED_OVERDUE.due(), RectificationItem.Status.OPEN, null)).toList();
        return new Page<>(rows, many);
    }

    @Override
    public RoundState addFinding(AddFinding command) {
        return command(command.round(), command);
    }

    @Override
    public RoundState removeFinding(RemoveFinding command) {
        return command(command.round(), command);
    }

    @Override
    public RoundState raiseRectification(RaiseRectification command) {
        return command(command.round(), command);
    }

    @Override
    public RoundState checkRectification(CheckRectification command) {
        // As the domain would: a check without a note is refused.
        if (command.note() == null || command.note().isBlank()) {
            throw new DomainException("rectification.check-note-required");
        }
        return command(command.round(), command);
    }
}
