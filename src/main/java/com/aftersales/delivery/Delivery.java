package com.aftersales.delivery;

import com.aftersales.vocabulary.Audience;
import java.time.Instant;

/**
 * An outbox message on its way: what every adapter needs to hand it over. {@code messageId} is the same on every
 * attempt, so a receiver de-duplicates by it.
 */
record Delivery(String messageId, String caseId, Audience audience, String recipient, String channel, String phrase,
                String text, Instant createdAt) {
}
