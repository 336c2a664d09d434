package com.aftersales.resolution;

import com.aftersales.vocabulary.IssueType;
import com.aftersales.vocabulary.PolicyRoute;
import com.aftersales.vocabulary.RequestedOutcome;
import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.Resolution;
import com.aftersales.vocabulary.ShippingPayer;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The deployed decision with the configured policy, as the application asks it. */
@AfterSalesTest
class ResolutionPolicyTest {

    @Autowired ResolutionPolicy policy;
    @Autowired ProcessEngineConfigurationImpl engine;

    @Test
    void theEngineEvaluatesTheTableWithTheFeelEngineThatParsesEachCellOnce() {
        // ResolutionPolicyTableTest evaluates the table the same way
        assertThat(engine.isDmnFeelEnableLegacyBehavior()).isTrue();
    }

    @Test
    void theMopWithADeadBatteryIsExchangedAndTheAgentMayCompensateUpToTheConfiguredCap() {
        Instant twoDaysAgo = ClockUtil.getCurrentTime().toInstant().minus(Duration.ofDays(2));
        assertThat(policy.recommend(IssueType.QUALITY_DEFECT, twoDaysAgo, new BigDecimal("199.00"), RequestedOutcome.RETURN))
                .isEqualTo(new Recommendation(Resolution.EXCHANGE, true, true, ShippingPayer.SELLER, PolicyRoute.PROPOSE,
                        new BigDecimal("15.00"), RemedyKind.SHIPPING_FEE));
    }

    @Test
    void aNoReasonReturnAfterTheConfiguredWindowIsNotEligible() {
        Instant twentyDaysAgo = ClockUtil.getCurrentTime().toInstant().minus(Duration.ofDays(20));
        assertThat(policy.recommend(IssueType.NO_REASON_RETURN, twentyDaysAgo, new BigDecimal("459.00"),
                RequestedOutcome.RETURN))
                .satisfies(r -> {
                    assertThat(r.eligible()).isFalse();
                    assertThat(r.route()).isEqualTo(PolicyRoute.NOT_ELIGIBLE);
                });
    }
}
