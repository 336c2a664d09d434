package com.aftersales.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The team lead's form shows the limits no proposal may pass, as configured. */
class LeadLimitValuesTest {

    private final LeadLimitValues values = new LeadLimitValues(new RemedyLimits(
            new RemedyLimits.Limits(new BigDecimal("500"), new BigDecimal("300"), new BigDecimal("15"),
                    new BigDecimal("20"), new BigDecimal("10")),
            new RemedyLimits.Limits(null, null, new BigDecimal("60"), new BigDecimal("200.5"), null)));

    @Test
    void eachLimitInYuanAndADashWhereNoneIsSet() {
        assertThat(values.value("leadShippingFeeLimit", null)).contains("60.00");
        assertThat(values.value("leadCouponLimit", null)).contains("200.50");
        assertThat(values.value("leadRedEnvelopeLimit", null)).contains("—");
    }

    @Test
    void otherNamesAreNotItsToAnswer() {
        assertThat(values.value("agentCouponLimit", null)).isEmpty();
        assertThat(values.value("leadLimit", null)).isEmpty();
    }
}
