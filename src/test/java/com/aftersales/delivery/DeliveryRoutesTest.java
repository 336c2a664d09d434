package com.aftersales.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.support.Configured;
import com.aftersales.vocabulary.Audience;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Routes from configuration: adapters that are off are skipped, an audience without any stays pending. */
class DeliveryRoutesTest {

    private static DeliveryProperties bind(Map<String, String> values) {
        // as with no environment variables set
        Map<String, String> all = new HashMap<>(Map.of("aftersales.delivery.webhook.url", "",
                "aftersales.delivery.webhook.secret", ""));
        all.putAll(values);
        return Configured.bind("aftersales.delivery", DeliveryProperties.class, all);
    }

    @Test
    void withNoAdapterConfiguredNothingIsRoutableAndTheLogSaysMessagesStayPending() {
        DeliveryProperties properties = bind(Map.of("aftersales.delivery.webhook.url", ""));
        DeliveryRoutes routes = new DeliveryRoutes(List.of(new WebhookAdapter(properties),
                new DingTalkAdapter(properties)), properties);
        assertThat(routes.routable()).isEmpty();
        assertThat(routes.summary()).startsWith("Message delivery: no adapter configured, messages stay PENDING");
    }

    @Test
    void anAudienceIsRoutedThroughItsActiveAdaptersOnly() {
        DeliveryProperties properties = bind(Map.of("aftersales.delivery.dingtalk.webhook-url",
                "https://oapi.dingtalk.com/robot/send?access_token=abc", "aftersales.delivery.dingtalk.secret", "SECx"));
        DeliveryRoutes routes = new DeliveryRoutes(List.of(new WebhookAdapter(properties),
                new DingTalkAdapter(properties)), properties);
        assertThat(routes.routable()).containsExactlyInAnyOrder(Audience.TEAM_LEADS, Audience.MANAGERS);
        assertThat(routes.adaptersFor(Audience.TEAM_LEADS)).containsExactly(Adapter.DINGTALK);
        assertThat(routes.summary()).contains("DingTalk robot https://oapi.dingtalk.com/robot/send", "TEAM_LEADS → dingtalk",
                "BUYER").doesNotContain("access_token", "SECx");
    }

    @Test
    void aWebhookWithoutASecretDoesNotStart() {
        assertThatThrownBy(() -> new WebhookAdapter(bind(Map.of("aftersales.delivery.webhook.url", "http://chat"))))
                .hasMessageContaining("aftersales.delivery.webhook.secret");
    }

    @Test
    void theBackoffDoublesWithJitterUpToTheLongestPause() {
        DeliveryProperties properties = bind(Map.of("aftersales.delivery.relay.first-retry", "PT10S",
                "aftersales.delivery.relay.max-retry", "PT5M"));
        OutboxRelay relay = new OutboxRelay(null, null, null, properties, null, null);
        for (int i = 0; i < 20; i++) {
            assertThat(relay.backoff(1).toMillis()).isBetween(5_000L, 10_000L);
            assertThat(relay.backoff(3).toMillis()).isBetween(20_000L, 40_000L);
            assertThat(relay.backoff(12).toMillis()).isBetween(150_000L, 300_000L);
        }
    }
}
