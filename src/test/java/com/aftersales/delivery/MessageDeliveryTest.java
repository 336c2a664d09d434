package com.aftersales.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.notification.DeliveryStatus;
import com.aftersales.notification.Notifier;
import com.aftersales.notification.Outbox;
import com.aftersales.notification.OutboxMessage;
import com.aftersales.notification.Phrase;
import com.aftersales.security.Groups;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import com.aftersales.vocabulary.Audience;
import com.aftersales.vocabulary.DisputeTrigger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Messages reach real receivers: the chat system over the signed webhook, a team lead's mailbox on a real SMTP
 * server (GreenMail), a DingTalk-shaped robot. The relay runs here pass by pass ({@code deliverDue}), so that each
 * test says exactly what happened.
 */
@AfterSalesTest
class MessageDeliveryTest {

    private static final String CHAT_SECRET = "chat-secret-for-tests";
    private static final String DINGTALK_SECRET = "SECdingtalk-secret-for-tests";
    private static final int MAX_ATTEMPTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    static final Receivers.Chat chat = new Receivers.Chat(CHAT_SECRET);
    static final Receivers.DingTalk dingTalk = new Receivers.DingTalk(DINGTALK_SECRET);

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void receivers(DynamicPropertyRegistry properties) {
        properties.add("aftersales.delivery.webhook.url", chat::url);
        properties.add("aftersales.delivery.webhook.secret", () -> CHAT_SECRET);
        properties.add("aftersales.delivery.dingtalk.webhook-url", dingTalk::url);
        properties.add("aftersales.delivery.dingtalk.secret", () -> DINGTALK_SECRET);
        properties.add("aftersales.delivery.mail.enabled", () -> "true");
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> mail.getSmtp().getPort());
        properties.add("aftersales.delivery.relay.enabled", () -> "false");
        // a context of its own: its engine must not take the name "default" from the shared one, whose engine REST,
        // Tasklist and ProcessEngines.getDefaultProcessEngine() the tests that run after it use
        properties.add("camunda.bpm.generate-unique-process-engine-name", () -> "true");
        properties.add("aftersales.delivery.relay.max-attempts", () -> MAX_ATTEMPTS);
        properties.add("aftersales.delivery.relay.first-retry", () -> "PT0.05S");
        properties.add("aftersales.delivery.relay.max-retry", () -> "PT0.2S");
    }

    @AfterAll
    static void stopReceivers() {
        chat.close();
        dingTalk.close();
    }

    @Autowired OutboxRelay relay;
    @Autowired Outbox outbox;
    @Autowired Notifier notifier;
    @Autowired Fixtures fixtures;
    @Autowired MeterRegistry meters;
    @LocalServerPort int port;

    @BeforeEach
    void realTime() {
        ClockUtil.reset();
        chat.refuse = received -> false;
    }

    @Test
    void theChatSystemFailsTwiceThenAcceptsTheSameSignedMessage() throws Exception {
        double deliveredBefore = meters.counter("aftersales.messages.delivered").count();
        chat.refuse = received -> chat.requestsFor(received.messageIdHeader()).size() <= 2;
        String caseId = fixtures.openCase(fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2), "battery dead");
        OutboxMessage acknowledgement = buyerMessage(caseId, Phrase.ACKNOWLEDGE);
        String messageId = String.valueOf(acknowledgement.id());

        deliverUntil(() -> status(acknowledgement) == DeliveryStatus.DELIVERED);

        List<Receivers.Received> attempts = chat.requestsFor(messageId);
        assertThat(attempts).hasSize(3).allSatisfy(attempt -> assertThat(attempt.signatureValid()).isTrue());
        assertThat(attempts).extracting(Receivers.Received::text).containsOnly(attempts.get(0).text());
        assertThat(chat.accepted).containsEntry(messageId, 1);
        JsonNode body = JSON.readTree(attempts.get(2).body());
        assertThat(body.get("messageId").asText()).isEqualTo(messageId);
        assertThat(body.get("caseId").asText()).isEqualTo(caseId);
        assertThat(body.get("audience").asText()).isEqualTo("BUYER");
        assertThat(body.get("recipient").asText()).isEqualTo(acknowledgement.recipient());
        assertThat(body.get("channel").asText()).isEqualTo("WANGWANG");
        assertThat(body.get("phrase").asText()).isEqualTo("ACKNOWLEDGE");
        assertThat(body.get("text").asText()).isEqualTo(acknowledgement.body()).contains(caseId);
        assertThat(body.get("createdAt").asText()).isEqualTo(acknowledgement.createdAt().toString());

        OutboxMessage delivered = outbox.find(acknowledgement.id()).orElseThrow();
        assertThat(delivered.attempts()).isEqualTo(3);
        assertThat(delivered.deliveredAt()).isNotNull();
        JsonNode overApi = JSON.readTree(new Http(port).get("/api/cases/" + caseId + "/messages", "agent1").body());
        JsonNode asListed = Arrays.stream(JSON.treeToValue(overApi, JsonNode[].class))
                .filter(message -> message.get("id").asLong() == acknowledgement.id()).findFirst().orElseThrow();
        assertThat(asListed.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(asListed.get("attempts").asInt()).isEqualTo(3);
        assertThat(asListed.get("deliveredAt").asText()).isNotBlank();
        assertThat(meters.counter("aftersales.messages.delivered").count()).isGreaterThan(deliveredBefore);
        assertThat(meters.find("aftersales.messages.delivery.latency").timer().count()).isPositive();
    }

    @Test
    void aTeamLeadsNoticeReachesTheirMailboxAndTheDingTalkGroup() throws Exception {
        String caseId = fixtures.openCase(fixtures.deliveredOrder("手机壳 phone case", "39.00", 5), "wrong colour");
        notifier.send(caseId, Audience.TEAM_LEADS, Groups.TEAM_LEADS, Phrase.DISPUTE_OPENED,
                Map.of("caseId", caseId, "disputeTrigger", DisputeTrigger.COMPLAINT, "disputeReason", "颜色不对"));
        OutboxMessage notice = outbox.messagesOf(caseId).stream()
                .filter(message -> message.phrase() == Phrase.DISPUTE_OPENED).findFirst().orElseThrow();

        deliverUntil(() -> status(notice) == DeliveryStatus.DELIVERED);

        MimeMessage received = Arrays.stream(mail.getReceivedMessages())
                .filter(message -> header(message, "X-AfterSales-Message-Id").equals(String.valueOf(notice.id())))
                .findFirst().orElseThrow();
        assertThat(received.getAllRecipients()).extracting(Object::toString).contains("lead1@aftersales.example");
        assertThat(received.getSubject()).contains(caseId);
        assertThat(((String) received.getContent()).replace("\r\n", "\n").trim()).isEqualTo(notice.body()).contains("颜色不对", "Team lead");
        assertThat(dingTalk.refused).isEmpty();
        assertThat(dingTalk.accepted).anySatisfy(body -> assertThat(JSON.readTree(body).at("/text/content").asText())
                .isEqualTo(notice.body()));
        assertThat(JSON.readTree(dingTalk.accepted.get(0)).get("msgtype").asText()).isEqualTo("text");
    }

    @Test
    void aMessageTheChatSystemKeepsRefusingFailsHoldsUpItsCaseMeanwhileAndAManagerSendsItAgain() throws Exception {
        double failedBefore = meters.counter("aftersales.messages.failed").count();
        String caseId = fixtures.openCase(fixtures.deliveredOrder("保温杯 thermos", "69.00", 1), "leaks");
        deliverUntil(() -> status(buyerMessage(caseId, Phrase.ACKNOWLEDGE)) == DeliveryStatus.DELIVERED);
        chat.refuse = received -> received.text().contains("\"phrase\":\"ASK_EVIDENCE\"");
        notifier.send(caseId, Audience.BUYER, "buyer-x", Phrase.ASK_EVIDENCE, Map.of());
        notifier.send(caseId, Audience.BUYER, "buyer-x", Phrase.PROPOSAL_REMINDER, Map.of("caseId", caseId));
        OutboxMessage refused = buyerMessage(caseId, Phrase.ASK_EVIDENCE);
        OutboxMessage later = buyerMessage(caseId, Phrase.PROPOSAL_REMINDER);

        deliverUntil(() -> status(refused) == DeliveryStatus.FAILED);
        assertThat(chat.requestsFor(String.valueOf(refused.id()))).hasSize(MAX_ATTEMPTS);
        assertThat(chat.requestsFor(String.valueOf(later.id()))).as("in order: not before the earlier one ended")
                .isEmpty();
        assertThat(meters.counter("aftersales.messages.failed").count()).isEqualTo(failedBefore + 1);
        deliverUntil(() -> status(later) == DeliveryStatus.DELIVERED);

        Http http = new Http(port);
        String resend = "/api/messages/" + refused.id() + "/resend";
        assertThat(http.postJson(resend, "agent1", "").statusCode()).isEqualTo(403);
        assertThat(http.postJson(resend, "integration", "").statusCode()).isEqualTo(403);
        assertThat(status(refused)).isEqualTo(DeliveryStatus.FAILED);
        var answer = http.postJson(resend, "manager1", "");
        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(answer.body()).get("status").asText()).isEqualTo("PENDING");
        assertThat(JSON.readTree(answer.body()).get("attempts").asInt()).isZero();

        chat.refuse = received -> false;
        deliverUntil(() -> status(refused) == DeliveryStatus.DELIVERED);
        assertThat(chat.accepted).containsEntry(String.valueOf(refused.id()), 1);
        assertThat(http.postJson(resend, "manager1", "").statusCode()).isEqualTo(409);
        assertThat(http.postJson("/api/messages/999999999/resend", "manager1", "").statusCode()).isEqualTo(404);
    }

    private OutboxMessage buyerMessage(String caseId, Phrase phrase) {
        return outbox.messagesOf(caseId).stream()
                .filter(message -> message.audience() == Audience.BUYER && message.phrase() == phrase)
                .findFirst().orElseThrow();
    }

    private DeliveryStatus status(OutboxMessage message) {
        return outbox.find(message.id()).orElseThrow().status();
    }

    private void deliverUntil(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("delivered within 20 s").isLessThan(deadline);
            relay.deliverDue();
            Thread.sleep(20);
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? "" : values[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
