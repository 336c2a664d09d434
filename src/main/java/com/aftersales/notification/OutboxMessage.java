package com.aftersales.notification;

import com.aftersales.vocabulary.Audience;
import java.time.Instant;

/** A message the case sent, as the outbox keeps it: its text in both languages, Chinese first. */
public record OutboxMessage(long id, String caseId, Audience audience, String recipient, Phrase phrase,
                            String body, Instant createdAt, Instant deliveredAt) {
}
