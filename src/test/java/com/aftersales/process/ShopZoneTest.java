package com.aftersales.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.kpi.KpiQueryService;
import com.aftersales.kpi.KpiReport;
import com.aftersales.kpi.KpiVocabulary;
import com.aftersales.kpi.Period;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shop's day starts at midnight in the shop ({@code aftersales.zone}, Asia/Shanghai by default), not at midnight
 * of the server's zone: half past midnight in Beijing is 16:30 UTC of the day before.
 */
@AfterSalesTest
class ShopZoneTest {

    private static final Instant HALF_PAST_MIDNIGHT_IN_BEIJING = Instant.parse("2030-03-04T16:30:00Z");

    @Autowired Clock clock;
    @Autowired Fixtures fixtures;
    @Autowired KpiQueryService kpis;
    @Autowired KpiVocabulary vocabulary;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theShopsZoneIsShanghaiByDefault() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(vocabulary.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void aCaseOpenedAtHalfPastMidnightInBeijingIsOfTheNewDay() {
        ClockUtil.setCurrentTime(Date.from(HALF_PAST_MIDNIGHT_IN_BEIJING));

        String caseId = fixtures.openCase(fixtures.deliveredOrder("茶叶 tea", "88.00", 2), "买家反馈 buyer's report");

        assertThat(caseId).startsWith("AS-20300305-");
    }

    @Test
    void todaysFiguresCountFromMidnightInTheShop() {
        KpiReport report = kpis.kpis().report(Period.TODAY, null, HALF_PAST_MIDNIGHT_IN_BEIJING, vocabulary.zone());

        assertThat(Instant.parse(report.scope().from())).isEqualTo(Instant.parse("2030-03-04T16:00:00Z"));
    }
}
