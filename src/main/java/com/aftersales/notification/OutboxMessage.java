package com.aftersales.notification;

import java.time.Instant;

public record OutboxMessage(long id, String caseId, Audience audience, String recipient, Phrase phrase,
                            String body, Instant createdAt, Instant deliveredAt) {
}
