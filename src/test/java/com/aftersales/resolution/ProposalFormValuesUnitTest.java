package com.aftersales.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The configured values the proposal forms get, without a case: a limit the configuration leaves out reads "—". */
class ProposalFormValuesUnitTest {

    private final ProposalFormValues values = new ProposalFormValues(new RemedyLimits(
            new RemedyLimits.Limits(new BigDecimal("500"), null, new BigDecimal("15"), new BigDecimal("20.5"), null),
            new RemedyLimits.Limits(null, null, new BigDecimal("60"), new BigDecimal("200"), null)),
            new PolicyProperties(new BigDecimal("15"), new BigDecimal("30"), 3, 2, new BigDecimal("50"),
                    Duration.ofDays(15)), null, null, null);

    @Test
    void theAgentsLimitsInYuanAndADashWhereNoneIsSet() {
        assertThat(values.value("agentRefundLimit", null)).contains("500.00");
        assertThat(values.value("agentRefundWithoutReturnLimit", null)).contains("—");
        assertThat(values.value("agentShippingFeeLimit", null)).contains("15.00");
        assertThat(values.value("agentCouponLimit", null)).contains("20.50");
        assertThat(values.value("agentRedEnvelopeLimit", null)).contains("—");
        assertThat(values.value("maxCounterOffers", null)).contains(3);
    }

    @Test
    void withoutACaseNothingOfTheCase() {
        assertThat(values.value("refundableAmount", null)).isEmpty();
        assertThat(values.value("recommendedEligible", null)).isEmpty();
        assertThat(values.value("recommendedResolutionLabel", null)).isEmpty();
    }

    @Test
    void otherNamesAreNotItsToAnswer() {
        assertThat(values.value("agentCompensationLimit", null)).as("a variable of the case").isEmpty();
        assertThat(values.value("leadCouponLimit", null)).isEmpty();
    }
}
