package com.aftersales.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.AfterSalesApplication;
import com.aftersales.intake.CaseIntake;
import com.aftersales.intake.NewCase;
import com.aftersales.notification.DeliveryStatus;
import com.aftersales.notification.Outbox;
import com.aftersales.notification.OutboxMessage;
import com.aftersales.notification.Phrase;
import com.aftersales.vocabulary.Channel;
import com.aftersales.vocabulary.RequestedOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A message still pending when the application stops (the chat system was down) is delivered after the restart,
 * by the relay's own loop, with the same message id.
 */
@Tag("own-jvm")
class DeliveryRestartTest {

    private static final String SECRET = "restart-secret";

    @TempDir Path data;

    private ConfigurableApplicationContext start(String chatUrl) {
        return new SpringApplicationBuilder(AfterSalesApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("aftersales"), "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.generate-unique-process-engine-name=true",
                "--aftersales.delivery.webhook.url=" + chatUrl, "--aftersales.delivery.webhook.secret=" + SECRET,
                "--aftersales.delivery.relay.poll-interval=PT0.1S", "--aftersales.delivery.relay.first-retry=PT0.5S",
                "--aftersales.delivery.relay.max-retry=PT0.5S", "--aftersales.delivery.relay.max-attempts=1000");
    }

    @Test
    void aMessagePendingAtShutdownIsDeliveredAfterTheRestart() throws Exception {
        try (Receivers.Chat chat = new Receivers.Chat(SECRET)) {
            chat.refuse = received -> true;
            OutboxMessage acknowledgement;
            try (ConfigurableApplicationContext first = start(chat.url())) {
                String caseId = first.getBean(CaseIntake.class).open(new NewCase("TB20261002", "buyer-002",
                        Channel.WANGWANG, "清洗粉结块 the cleaner is lumpy", RequestedOutcome.RESHIP, List.of()),
                        null, "integration").record().caseId();
                Outbox outbox = first.getBean(Outbox.class);
                Supplier<OutboxMessage> ack = () -> outbox.messagesOf(caseId).stream()
                        .filter(message -> message.phrase() == Phrase.ACKNOWLEDGE).findFirst().orElseThrow();
                await(() -> ack.get().attempts() >= 1 && !chat.requestsFor(String.valueOf(ack.get().id())).isEmpty());
                acknowledgement = ack.get();
                assertThat(acknowledgement.status()).isEqualTo(DeliveryStatus.PENDING);
            }
            int attemptsBeforeRestart = chat.requestsFor(String.valueOf(acknowledgement.id())).size();

            chat.refuse = received -> false;
            try (ConfigurableApplicationContext second = start(chat.url())) {
                Outbox outbox = second.getBean(Outbox.class);
                await(() -> outbox.find(acknowledgement.id()).orElseThrow().status() == DeliveryStatus.DELIVERED);
                OutboxMessage delivered = outbox.find(acknowledgement.id()).orElseThrow();
                assertThat(delivered.attempts()).isGreaterThan(attemptsBeforeRestart - 1);
                assertThat(delivered.deliveredAt()).isNotNull();
            }
            assertThat(chat.accepted).containsEntry(String.valueOf(acknowledgement.id()), 1);
            assertThat(chat.requestsFor(String.valueOf(acknowledgement.id())))
                    .allSatisfy(request -> assertThat(request.signatureValid()).isTrue());
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 30 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
