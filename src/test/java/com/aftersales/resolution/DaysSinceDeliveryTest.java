package com.aftersales.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.process.DeadlineProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Days are counted on the shop's calendar: the window runs "from the day after delivery". */
class DaysSinceDeliveryTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final ResolutionPolicy policy = new ResolutionPolicy(null, null, (DeadlineProperties) null,
            Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), SHANGHAI)); // 10:00 on 23 Nov in Shanghai

    @Test
    void aParcelDeliveredLateOnTheSixteenthIsOnDaySevenOnTheTwentyThird() {
        assertThat(policy.daysSinceDelivery(Instant.parse("2026-11-16T15:59:00Z"))).isEqualTo(7); // 23:59 local
    }

    @Test
    void aParcelDeliveredOnTheFifteenthIsOnDayEight() {
        assertThat(policy.daysSinceDelivery(Instant.parse("2026-11-15T16:01:00Z"))).isEqualTo(7); // 00:01 on the 16th local
        assertThat(policy.daysSinceDelivery(Instant.parse("2026-11-15T15:59:00Z"))).isEqualTo(8); // 23:59 on the 15th local
    }

    @Test
    void aParcelInTransitHasNoDaysSinceDelivery() {
        assertThat(policy.daysSinceDelivery(null)).isNull();
    }
}
