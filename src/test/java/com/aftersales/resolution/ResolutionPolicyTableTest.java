package com.aftersales.resolution;

import com.aftersales.vocabulary.PolicyRoute;
import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.Resolution;
import com.aftersales.vocabulary.ShippingPayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/resolution-policy.dmn against DOMAIN.md's table: one row of evidence per rule, and the
 * edges of the 7-day window (day 7 eligible, day 8 not) and of the low-value threshold (50 yuan).
 * Policy numbers as configured by default: window 7 days, threshold 50.00, agent's cap 15.00.
 */
class ResolutionPolicyTableTest {

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        // as the engine evaluates it (camunda.bpm.generic-properties dmnFeelEnableLegacyBehavior)
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        dmn = configuration.enableFeelLegacyBehavior(true).buildEngine();
        try (InputStream in = new FileInputStream("processes/resolution-policy.dmn")) {
            decision = dmn.parseDecision(ResolutionPolicy.DECISION_KEY, in);
        }
    }

    @ParameterizedTest(name = "{0}, day {1}, {2} yuan, asked {3} -> {4} ({8})")
    @CsvSource(nullValues = "null", value = {
            // issueType, days, paid, asked     | resolution, eligible, return, shipping, route, agent limit, also give
            "SUSPECTED_COUNTERFEIT, 3,  199.00, REFUND,   null,              true,  false, SELLER, DISPUTE,      0.00, null",
            "NO_REASON_RETURN,      8,  58.00,  RETURN,   null,              false, false, null,   NOT_ELIGIBLE, 0.00, null",
            "NO_REASON_RETURN,      7,  58.00,  RETURN,   RETURN_AND_REFUND, true,  true,  BUYER,  PROPOSE,      0.00, null",
            "NO_REASON_RETURN,      1,  58.00,  EXCHANGE, EXCHANGE,          true,  true,  BUYER,  PROPOSE,      0.00, null",
            "NOT_RECEIVED,          null, 5299.00, REFUND, REFUND_ONLY,      true,  false, SELLER, PROPOSE,      15.00, null",
            "NOT_RECEIVED,          null, 5299.00, RESHIP, RESHIP,           true,  false, SELLER, PROPOSE,      15.00, null",
            "DELIVERY_EXCEPTION,    null, 199.00, REFUND,  REFUND_ONLY,      true,  false, SELLER, PROPOSE,      15.00, null",
            "DELIVERY_EXCEPTION,    null, 199.00, null,    RESHIP,           true,  false, SELLER, PROPOSE,      15.00, null",
            "MISSING_ITEM,          1,  29.90,  RESHIP,   RESHIP,            true,  false, SELLER, PROPOSE,      15.00, GIFT",
            "WRONG_ITEM,            3,  39.00,  RETURN,   EXCHANGE,          true,  true,  SELLER, PROPOSE,      15.00, COUPON",
            "DAMAGED_IN_TRANSIT,    1,  49.99,  REFUND,   RESHIP,            true,  false, SELLER, PROPOSE,      15.00, null",
            "DAMAGED_IN_TRANSIT,    1,  50.00,  REFUND,   RETURN_AND_REFUND, true,  true,  SELLER, PROPOSE,      15.00, SHIPPING_FEE",
            "DAMAGED_IN_TRANSIT,    1,  199.00, OTHER,    PARTIAL_REFUND,    true,  false, SELLER, PROPOSE,      15.00, RED_ENVELOPE",
            "QUALITY_DEFECT,        2,  199.00, REPAIR,   REPAIR,            true,  true,  SELLER, PROPOSE,      15.00, SHIPPING_FEE",
            // the buyer wants money back: return and full refund, and the return shipping paid back (全额退款并退回运费)
            "QUALITY_DEFECT,        2,  199.00, REFUND,   RETURN_AND_REFUND, true,  true,  SELLER, PROPOSE,      15.00, SHIPPING_FEE",
            // the electric mop whose battery won't charge: the buyer asked for a return, exchange comes first
            "QUALITY_DEFECT,        2,  199.00, RETURN,   EXCHANGE,          true,  true,  SELLER, PROPOSE,      15.00, SHIPPING_FEE",
            "NOT_AS_DESCRIBED,      5,  39.00,  null,     PARTIAL_REFUND,    true,  false, SELLER, PROPOSE,      15.00, null",
            "OTHER,                 3,  58.00,  null,     EXPLANATION_ONLY,  true,  false, null,   PROPOSE,      15.00, null"})
    void recommends(String issueType, Integer days, BigDecimal paid, String asked, Resolution resolution, boolean eligible,
                    boolean returnRequired, ShippingPayer shipping, PolicyRoute route, BigDecimal limit,
                    RemedyKind remedy) {
        DmnDecisionResultEntries result = dmn.evaluateDecision(decision, Variables.createVariables()
                .putValue("issueType", issueType).putValue("daysSinceDelivery", days)
                .putValue("paidAmount", paid.doubleValue()).putValue("requestedOutcome", asked)
                .putValue("noReasonWindowDays", 7L).putValue("lowValueThreshold", 50.00).putValue("agentCap", 15.00))
                .getSingleResult();

        assertThat(ResolutionPolicy.toRecommendation(result.getEntryMap()))
                .isEqualTo(new Recommendation(resolution, eligible, returnRequired, shipping, route, limit, remedy));
    }
}
