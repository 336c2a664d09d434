package com.aftersales.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import com.aftersales.AfterSalesApplication;
import com.aftersales.vocabulary.Step;
import com.aftersales.kpi.KpiReport.AgentLoad;
import com.aftersales.kpi.KpiReport.Count;
import com.aftersales.kpi.KpiReport.DeadlineCount;
import com.aftersales.kpi.KpiReport.StepCount;
import com.aftersales.kpi.KpiReport.TimeToClose;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.DisputeEscalation;
import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.ReviewRemediation;
import com.aftersales.support.FailingPaymentGateway;
import com.aftersales.support.Fixtures;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every KPI query against the history of {@link KpiScenario}, on an application of its own (a database
 * with nothing else in it, so every figure is exact). Subclasses choose the database.
 */
@Tag("own-jvm")
abstract class KpiQueriesTestBase {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static ConfigurableApplicationContext context;
    static KpiScenario scenario;
    static KpiReport month;

    static void start(String... databaseArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.generate-unique-process-engine-name=true"));
        args.addAll(Arrays.asList(databaseArgs));
        context = new SpringApplicationBuilder(AfterSalesApplication.class, Fixtures.class, FailingPaymentGateway.class)
                .profiles("test").run(args.toArray(String[]::new));
        scenario = new KpiScenario(context).run();
        month = kpis().report(Period.DAYS_30, null, scenario.now(), ZONE);
    }

    @AfterAll
    static void stop() {
        ClockUtil.reset();
        if (context != null) {
            context.close();
            context = null;
        }
    }

    static Kpis kpis() {
        return context.getBean(KpiQueryService.class).kpis();
    }

    static String caseDefinitionId() {
        return context.getBean(ProcessEngine.class).getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(AfterSalesCase.PROCESS_KEY).latestVersion().singleResult().getId();
    }

    @Test
    void theDailyTrendsAddUpToTheMonthsFigures() {
        List<TrendDay> days = kpis().trends(30, scenario.now(), ZONE);

        assertThat(days).hasSize(30);
        assertThat(days.get(29).day()).isEqualTo(scenario.now().atZone(ZONE).toLocalDate().toString());
        assertThat(days.stream().mapToLong(TrendDay::closed).sum()).isEqualTo(month.closed().cases());
        assertThat(days.stream().mapToLong(TrendDay::breaches).sum())
                .isEqualTo(month.breaches().stream().mapToLong(KpiReport.DeadlineCount::cases).sum());
        assertThat(days.stream().map(TrendDay::refundsPaid).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo(month.refunds().amount());
        assertThat(days.stream().mapToLong(TrendDay::opened).sum()).isPositive();
        assertThat(days).filteredOn(day -> day.closed() == 0).allSatisfy(day -> assertThat(day.exchangeRate()).isNull());
    }

    @Test
    void openCasesAreCountedAtTheirLatestStepWithLinksToTheirInstances() {
        assertThat(month.openCases()).isEqualTo(4);
        assertThat(month.openByStep()).extracting(StepCount::step, StepCount::cases).containsExactly(
                tuple("VERIFICATION", 2L), tuple("HANDLING", 1L),
                tuple("DISPUTE", 1L));
        StepCount verification = month.openByStep().get(0);
        assertThat(verification.links()).singleElement().satisfies(link -> {
            assertThat(link.processDefinitionId()).isEqualTo(caseDefinitionId());
            assertThat(link.cases()).isEqualTo(2);
            assertThat(link.search()).extracting(KpiReport.SearchPill::value).contains(Element.VERIFY_ORDER)
                    .doesNotContain(Element.CONFIRM_PROBLEM, Element.LOOKUP).noneMatch(id -> id.startsWith("xor_"));
        });
        assertThat(kpis().openCasesByStep()).containsEntry(Step.VERIFICATION, 2L).containsEntry(Step.HANDLING, 1L)
                .containsEntry(Step.DISPUTE, 1L).containsEntry(Step.PROPOSAL, 0L);
    }

    @Test
    void casesPastADeadlineNowCountFiredAndDueDeadlinesAndShowOnTheDiagram() {
        assertThat(month.pastDeadline()).extracting(DeadlineCount::deadline, DeadlineCount::cases)
                .containsExactly(tuple(Element.LOOKUP_WINDOW, 2L), tuple(ReviewRemediation.Element.HANDLING_DEADLINE, 1L));
        assertThat(month.pastDeadline().get(0).name()).isEqualTo("承诺的查询时间（10分钟） Promised look-up time (10 min)");
        assertThat(month.pastDeadline().get(0).links().get(0).search()).extracting(KpiReport.SearchPill::value)
                .containsExactly(Element.LOOKUP);
        assertThat(kpis().waitingPastDeadline(caseDefinitionId(), scenario.now()))
                .isEqualTo(Map.of(Element.VERIFY_ORDER, 2L));
    }

    @Test
    void resolutionMixAndOutcomesOfTheClosedCases() {
        assertThat(month.closed().cases()).isEqualTo(7);
        assertThat(month.closed().byOutcome()).extracting(Count::value, Count::cases).containsExactly(
                tuple("RESOLVED", 5L), tuple("DISPUTE_SELLER_LIABLE", 1L), tuple("NO_RESPONSE", 1L));
        // the resolved cases by what resolved them (the disputed case's rejected exchange is no resolution)
        assertThat(month.closed().byResolution()).extracting(Count::value, Count::cases).containsExactly(
                tuple("EXCHANGE", 3L), tuple("EXPLANATION_ONLY", 1L), tuple("RETURN_AND_REFUND", 1L));
    }

    @Test
    void remediesByKindAndCasesByTheBuyersTier() {
        assertThat(month.remedies()).extracting(KpiReport.RemedyCount::kind, KpiReport.RemedyCount::given,
                remedy -> remedy.amount().toPlainString()).contains(tuple("COUPON", 1L, "20.00"));
        assertThat(month.tiers().closed()).extracting(Count::value, Count::cases).containsExactly(tuple("NORMAL", 7L));
        assertThat(month.tiers().open()).extracting(Count::value).containsOnly("NORMAL");
    }

    @Test
    void threeExchangesOneReturnAndASellerLiableDisputeMakeAnExchangeRateOf75Percent() {
        assertThat(month.exchangeRate().exchanges()).isEqualTo(3);
        assertThat(month.exchangeRate().returns()).isEqualTo(1);
        assertThat(month.exchangeRate().rate()).isEqualTo(0.75);
    }

    @Test
    void disputeRateCountsClosedCasesThatWentThroughADispute() {
        assertThat(month.disputes().closedCases()).isEqualTo(7);
        assertThat(month.disputes().disputes()).isEqualTo(1);
        assertThat(month.disputes().rate()).isEqualTo(1.0 / 7);
        assertThat(month.disputes().sellerLiable()).isEqualTo(1);
        assertThat(month.disputes().buyerLiable()).isZero();
        assertThat(month.disputes().penalties()).isEqualTo(1);
        assertThat(month.disputes().penaltyRefunds()).isEqualByComparingTo("199.00");
    }

    @Test
    void medianAndNinetiethPercentileOfTheTimeToCloseByIssueType() {
        assertThat(month.timeToClose()).extracting(TimeToClose::issueType)
                .containsExactly("NO_REASON_RETURN", "OTHER", "QUALITY_DEFECT");
        for (TimeToClose row : month.timeToClose()) {
            List<Duration> durations = scenario.timeToClose.get(row.issueType());
            assertThat(row.cases()).isEqualTo(durations.size());
            assertThat(row.medianSeconds()).isCloseTo(percentile(durations, 0.5), within(0.001));
            assertThat(row.p90Seconds()).isCloseTo(percentile(durations, 0.9), within(0.001));
        }
        assertThat(scenario.timeToClose.get("QUALITY_DEFECT")).hasSize(5);
    }

    @Test
    void satisfactionIsTheFollowUpsFinalAnswer() {
        assertThat(month.satisfaction().answered()).isEqualTo(5);
        assertThat(month.satisfaction().satisfied()).isEqualTo(4);
        assertThat(month.satisfaction().shareSatisfied()).isEqualTo(0.8);
        assertThat(month.satisfaction().scored()).isEqualTo(5);
        assertThat(month.satisfaction().averageScore()).isCloseTo(3.6, within(1e-9));
        assertThat(month.satisfaction().reviewsClosed()).isEqualTo(1);
        assertThat(month.satisfaction().reviewsRevised()).isEqualTo(1);
    }

    @Test
    void refundsPaidAndRefundsStuckInAnIncident() {
        assertThat(month.refunds().paid()).isEqualTo(2);
        assertThat(month.refunds().amount()).isEqualByComparingTo("257.00");
        assertThat(month.refunds().inIncidents()).isEqualTo(1);
        assertThat(month.refunds().incidentLinks()).singleElement().satisfies(link -> assertThat(link.search())
                .extracting(KpiReport.SearchPill::type).containsExactly("activityIdIn", "withIncident"));
    }

    @Test
    void deadlinesThatRanOutInThePeriodAndCasesPerAgent() {
        assertThat(month.breaches()).extracting(DeadlineCount::deadline, DeadlineCount::cases).containsExactly(
                tuple(DisputeEscalation.Element.ATTEMPT_DEADLINE, 1L), tuple(Element.EVIDENCE_REPLY, 1L),
                tuple(Element.LOOKUP_WINDOW, 1L));
        Map<String, AgentLoad> agents = month.agents().stream()
                .collect(Collectors.toMap(agent -> String.valueOf(agent.agent()), Function.identity()));
        assertThat(agents).containsOnlyKeys("agent1", "agent2", "null");
        assertThat(agents.get("agent1")).extracting(AgentLoad::open, AgentLoad::closed, AgentLoad::breaches)
                .containsExactly(0L, 5L, 1L);
        assertThat(agents.get("agent2")).extracting(AgentLoad::open, AgentLoad::closed, AgentLoad::breaches)
                .containsExactly(1L, 1L, 0L);
        assertThat(agents.get("null")).extracting(AgentLoad::open, AgentLoad::closed, AgentLoad::breaches)
                .containsExactly(3L, 1L, 2L);
        assertThat(agents.get("agent2").links().get(0).search())
                .containsExactly(new KpiReport.SearchPill("variables", "eq", "agent2", "caseAgent"));
    }

    @Test
    void shorterPeriodsCountOnlyWhatHappenedInThem() {
        Instant now = scenario.now();
        for (Period period : Period.values()) {
            Instant from = period.startBefore(now, ZONE);
            KpiReport report = kpis().report(period, null, now, ZONE);
            assertThat(report.closed().cases()).as(period.code())
                    .isEqualTo(scenario.closedAt.stream().filter(closed -> !closed.isBefore(from)).count());
            assertThat(report.openCases()).as("open cases do not depend on the period").isEqualTo(4);
        }
        assertThat(kpis().report(Period.DAYS_7, null, now, ZONE).closed().cases()).isBetween(1L, 5L);
    }

    @Test
    void theDefinitionTabCountsTheCasesOfThatDefinitionOnly() {
        KpiReport tab = kpis().report(Period.DAYS_30, caseDefinitionId(), scenario.now(), ZONE);
        assertThat(tab.scope().processDefinitionId()).isEqualTo(caseDefinitionId());
        // everything about the cases, their disputes included; a review without a case is no case's
        assertThat(tab).usingRecursiveComparison()
                .ignoringFields("scope", "pastDeadline", "satisfaction.reviewsClosed", "satisfaction.reviewsRevised")
                .isEqualTo(month);
        assertThat(tab.pastDeadline()).extracting(DeadlineCount::deadline).containsExactly(Element.LOOKUP_WINDOW);
        assertThat(tab.satisfaction().reviewsClosed()).isZero();
        KpiReport otherDefinition = kpis().report(Period.DAYS_30, "no-such-definition:1:1", scenario.now(), ZONE);
        assertThat(otherDefinition.openCases()).isZero();
        assertThat(otherDefinition.closed().cases()).isZero();
        assertThat(otherDefinition.refunds().paid()).isZero();
    }

    @Test
    void theMetricsCountedTheSameCases() {
        MeterRegistry registry = context.getBean(MeterRegistry.class);
        assertThat(registry.get("aftersales.cases.started").tag("channel", "WANGWANG").counter().count()).isEqualTo(11);
        assertThat(registry.get("aftersales.cases.closed").tags("outcome", "RESOLVED", "resolution", "EXCHANGE")
                .counter().count()).isEqualTo(3);
        assertThat(registry.get("aftersales.cases.closed").tags("outcome", "NO_RESPONSE", "resolution", "NONE")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("aftersales.deadline.breaches").tags("deadline", Element.LOOKUP_WINDOW)
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("aftersales.deadline.breaches").tags("deadline", Element.EVIDENCE_REPLY)
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("aftersales.deadline.breaches").tags("deadline", DisputeEscalation.Element.ATTEMPT_DEADLINE,
                "process", DisputeEscalation.PROCESS_KEY).counter().count()).isEqualTo(1);
        assertThat(registry.get("aftersales.disputes").tag("verdict", "SELLER_LIABLE").counter().count()).isEqualTo(1);
        assertThat(registry.get("aftersales.refunds.paid").counter().count()).isEqualTo(2);
        assertThat(registry.get("aftersales.remedies.given").tag("kind", "COUPON").counter().count()).isEqualTo(1);
        assertThat(registry.get("aftersales.refunds.paid.amount").counter().count()).isEqualTo(257.0);
        assertThat(registry.get("aftersales.time.to.close").timers().stream().mapToLong(timer -> timer.count()).sum())
                .isEqualTo(7);
        assertThat(registry.get("aftersales.time.to.close").tag("outcome", "NO_RESPONSE").timer()
                .totalTime(java.util.concurrent.TimeUnit.SECONDS))
                .isCloseTo(scenario.timeToClose.get("QUALITY_DEFECT").get(3).toSeconds(), within(1.0));
        assertThat(registry.get("aftersales.cases.open").tag("step", "VERIFICATION").gauge().value()).isEqualTo(2);
    }

    /** Linear interpolation between closest ranks, as SQL's percentile_cont. */
    static double percentile(List<Duration> durations, double fraction) {
        List<Double> sorted = durations.stream().map(d -> d.toMillis() / 1000.0).sorted().toList();
        double rank = fraction * (sorted.size() - 1);
        int lower = (int) Math.floor(rank);
        int upper = (int) Math.ceil(rank);
        return sorted.get(lower) + (rank - lower) * (sorted.get(upper) - sorted.get(lower));
    }
}
