package com.aftersales.notification;

import com.aftersales.vocabulary.Audience;
import java.time.Instant;

/**
 * A message the case sent, as the outbox keeps it: its text in both languages, Chinese first; the buyer's contact
 * channel of the case; where its delivery stands ({@code attempts} so far, {@code deliveredAt} once accepted).
 */
public record OutboxMessage(long id, String caseId, Audience audience, String recipient, String channel, Phrase phrase,
                            String body, Instant createdAt, DeliveryStatus status, int attempts, Instant deliveredAt) {
}
