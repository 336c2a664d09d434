package com.aftersales.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.casefile.CaseViews;
import com.aftersales.kpi.KpiQueryService;
import com.aftersales.kpi.KpiReport;
import com.aftersales.kpi.Period;
import com.aftersales.notification.OutboxMessage;
import com.aftersales.notification.Phrase;
import com.aftersales.process.DeadlineProperties;
import com.aftersales.support.Fixtures;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A shop changes its return deadline from 7 to 10 days in configuration only, and everything that speaks of it
 * says 10: what the buyer is told, the case's open deadline, the managers' figures. An application of its own (its
 * own configuration), so among the tests that start applications of their own ({@code own-jvm}): an engine of its
 * own name, closed when the test is done, as {@code StartupTest} does.
 */
@Tag("own-jvm")
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aftersales.deadlines.return-shipment=P10D", "camunda.bpm.generate-unique-process-engine-name=true"})
@ActiveProfiles("test")
@Import(Fixtures.class)
class ConfiguredDeadlineTest {

    @Autowired Fixtures fixtures;
    @Autowired CaseViews views;
    @Autowired DeadlineProperties deadlines;
    @Autowired KpiQueryService kpis;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aReturnDeadlineOfTenDaysIsSaidAsTenDaysEverywhere() {
        assertThat(deadlines.returnShipment()).isEqualTo(Duration.ofDays(10));
        String caseId = fixtures.confirmedCase("运动鞋 running shoes", "459.00", "NO_REASON_RETURN");
        fixtures.completeTask(caseId, Map.of("resolution", "RETURN_AND_REFUND", "refundAmount", "459.00"));
        fixtures.completeTask(caseId, Map.of("customerDecision", "ACCEPTED"));

        assertThat(fixtures.outbox(caseId)).filteredOn(message -> message.phrase() == Phrase.RETURN_INSTRUCTIONS)
                .singleElement().extracting(OutboxMessage::body).asString()
                .contains("请您在10天内将商品寄回", "within 10 days").doesNotContain("7天", "7 days");
        assertThat(views.find(caseId).orElseThrow().openDeadlines()).extracting(deadline -> deadline.name())
                .containsExactly("买家寄回退货（10天） Buyer ships the return (10 days)");

        fixtures.advance(Duration.ofDays(10).plusMinutes(1));
        fixtures.runDueJobs(caseId);
        KpiReport report = kpis.kpis().report(Period.DAYS_30, null, ClockUtil.getCurrentTime().toInstant(),
                ZoneId.of("Asia/Shanghai"));
        assertThat(report.breaches()).extracting(KpiReport.DeadlineCount::name)
                .contains("买家寄回退货（10天） Buyer ships the return (10 days)");
    }
}
