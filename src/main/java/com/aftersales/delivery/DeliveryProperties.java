package com.aftersales.delivery;

import com.aftersales.vocabulary.Audience;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How outbox messages reach people. Each adapter is off until configured; {@code routes} says which adapters an
 * audience's messages go through (an adapter that is off is skipped; an audience with none stays {@code PENDING}).
 *
 * @param webhook  the chat system (旺旺/千牛 bridge, SMS gateway): signed JSON {@code POST}s
 * @param mail     staff e-mail through Spring Boot's {@code spring.mail.*}
 * @param dingtalk a DingTalk group robot (自定义机器人, signed)
 * @param relay    how often and how long the relay tries
 * @param routes   adapters per audience
 */
@Validated
@ConfigurationProperties("aftersales.delivery")
public record DeliveryProperties(
        @Valid @DefaultValue Webhook webhook,
        @Valid @DefaultValue Mail mail,
        @Valid @DefaultValue DingTalk dingtalk,
        @Valid @DefaultValue Relay relay,
        @NotNull @DefaultValue Map<Audience, List<Adapter>> routes) {

    /**
     * @param url     where each message is {@code POST}ed; none: the webhook is off
     * @param secret  the key of the {@code X-AfterSales-Signature} HMAC; required with a url
     * @param timeout how long one attempt may take (connect and answer)
     */
    public record Webhook(URI url, String secret, @NotNull @DefaultValue("PT10S") Duration timeout) {

        /** An empty environment variable leaves the webhook off, as no variable does. */
        boolean configured() {
            return url != null && !url.toString().isBlank();
        }
    }

    /**
     * @param enabled whether staff get their notices by e-mail (needs {@code spring.mail.host})
     * @param from    the sender address
     */
    public record Mail(boolean enabled, @NotNull @DefaultValue("after-sales@localhost") String from) {
    }

    /**
     * @param webhookUrl the robot's webhook with its {@code access_token}; none: DingTalk is off
     * @param secret     the robot's signing secret ({@code SEC…}); required with a webhook url
     */
    public record DingTalk(URI webhookUrl, String secret) {

        boolean configured() {
            return webhookUrl != null && !webhookUrl.toString().isBlank();
        }
    }

    /**
     * @param enabled      whether this node runs the relay at all
     * @param pollInterval pause between two looks at the outbox
     * @param batchSize    messages claimed in one short transaction
     * @param maxAttempts  attempts before a message is {@code FAILED}
     * @param firstRetry   pause after the first failed attempt; doubled after each further one, with jitter
     * @param maxRetry     the longest pause between attempts
     * @param lease        how long a claimed message is left to the node that claimed it; longer than an attempt
     *                     takes, so that only a node that died mid-send has its messages taken over
     */
    public record Relay(@DefaultValue("true") boolean enabled,
                        @NotNull @DefaultValue("PT2S") Duration pollInterval,
                        @Min(1) @DefaultValue("100") int batchSize,
                        @Min(1) @DefaultValue("10") int maxAttempts,
                        @NotNull @DefaultValue("PT10S") Duration firstRetry,
                        @NotNull @DefaultValue("PT30M") Duration maxRetry,
                        @NotNull @DefaultValue("PT2M") Duration lease) {
    }
}
