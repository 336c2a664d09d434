package com.aftersales.delivery;

import com.aftersales.notification.DeliveryStatus;
import com.aftersales.vocabulary.Audience;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox at least once, in order per case. One pass claims due messages in a short transaction of its
 * own ({@code FOR UPDATE SKIP LOCKED}: two nodes never claim the same row) and leases them to this node by moving
 * {@code next_attempt_at} past the lease; then hands each to its adapters with no transaction open — a slow
 * receiver holds no case and no lock, and a failed delivery rolls nothing back — and records the outcome in another
 * short transaction. A message waits while an earlier one of its case is still pending; a failed attempt is tried
 * again after an exponential backoff with jitter, and after the configured attempts the message is {@code FAILED}
 * (it then no longer holds up its case; a manager may send it again).
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int MAX_ERROR = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final DeliveryRoutes routes;
    private final DeliveryProperties.Relay config;
    private final Clock clock;
    private final DeliveryMetrics metrics;

    OutboxRelay(JdbcTemplate jdbc, PlatformTransactionManager transactions, DeliveryRoutes routes,
                DeliveryProperties properties, Clock clock, DeliveryMetrics metrics) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.routes = routes;
        this.config = properties.relay();
        this.clock = clock;
        this.metrics = metrics;
    }

    /** A message claimed by this node, with the attempt it is on. */
    record Claimed(long id, Delivery message, int attempt, List<Adapter> deliveredVia) {
    }

    /** One pass: claims what is due and delivers it. Answers how many messages it claimed. */
    public int deliverDue() {
        EnumSet<Audience> routable = routes.routable();
        if (routable.isEmpty()) {
            return 0;
        }
        List<Claimed> claimed = transaction.execute(status -> claim(routable));
        for (Claimed message : claimed) {
            deliver(message);
        }
        return claimed.size();
    }

    private List<Claimed> claim(EnumSet<Audience> routable) {
        Instant now = clock.instant();
        String audiences = routable.stream().map(audience -> "'" + audience.name() + "'").collect(Collectors.joining(", "));
        List<Long> ids = jdbc.queryForList("select m.id from outbox_message m"
                        + " where m.status = 'PENDING' and m.audience in (" + audiences + ")"
                        + " and (m.next_attempt_at is null or m.next_attempt_at <= ?)"
                        // order per case: an earlier message of the case that is still pending goes first
                        + " and not exists (select 1 from outbox_message e where e.case_id = m.case_id and e.id < m.id"
                        + " and e.status = 'PENDING' and e.audience in (" + audiences + "))"
                        + " order by m.id fetch first " + config.batchSize() + " rows only for update skip locked",
                Long.class, Timestamp.from(now));
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
        jdbc.update("update outbox_message set attempts = attempts + 1, next_attempt_at = ? where id in (" + in + ")",
                Timestamp.from(now.plus(config.lease())));
        return jdbc.query("select id, case_id, audience, recipient, channel, phrase, body, created_at, attempts, "
                        + "delivered_via from outbox_message where id in (" + in + ") order by id",
                (rs, row) -> new Claimed(rs.getLong("id"),
                        new Delivery(String.valueOf(rs.getLong("id")), rs.getString("case_id"),
                                Audience.valueOf(rs.getString("audience")), rs.getString("recipient"),
                                rs.getString("channel"), rs.getString("phrase"), rs.getString("body"),
                                rs.getTimestamp("created_at").toInstant()),
                        rs.getInt("attempts"), adapters(rs.getString("delivered_via"))));
    }

    private void deliver(Claimed claimed) {
        List<Adapter> accepted = new ArrayList<>(claimed.deliveredVia());
        List<String> errors = new ArrayList<>();
        for (Adapter kind : routes.adaptersFor(claimed.message().audience())) {
            if (accepted.contains(kind)) {
                continue; // a message routed to several adapters is sent again only where it was not accepted
            }
            try {
                routes.adapter(kind).deliver(claimed.message());
                accepted.add(kind);
            } catch (RuntimeException e) {
                errors.add(kind.name().toLowerCase(Locale.ROOT) + ": " + e.getMessage());
            }
        }
        if (errors.isEmpty()) {
            delivered(claimed, accepted);
        } else {
            notDelivered(claimed, accepted, String.join("; ", errors));
        }
    }

    private void delivered(Claimed claimed, List<Adapter> via) {
        Instant now = clock.instant();
        int updated = transaction.execute(status -> jdbc.update("update outbox_message set status = ?, delivered_at = ?,"
                        + " delivered_via = ?, last_error = null, next_attempt_at = null where id = ? and status = ?",
                DeliveryStatus.DELIVERED.name(), Timestamp.from(now), text(via), claimed.id(),
                DeliveryStatus.PENDING.name()));
        if (updated == 1) {
            metrics.delivered(Duration.between(claimed.message().createdAt(), now));
        }
    }

    private void notDelivered(Claimed claimed, List<Adapter> via, String error) {
        String reason = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        boolean giveUp = claimed.attempt() >= config.maxAttempts();
        Instant next = clock.instant().plus(backoff(claimed.attempt()));
        transaction.executeWithoutResult(status -> jdbc.update("update outbox_message set status = ?, last_error = ?,"
                        + " delivered_via = ?, next_attempt_at = ? where id = ? and status = ?",
                (giveUp ? DeliveryStatus.FAILED : DeliveryStatus.PENDING).name(), reason, text(via),
                giveUp ? null : Timestamp.from(next), claimed.id(), DeliveryStatus.PENDING.name()));
        if (giveUp) {
            metrics.failed();
            log.warn("Message {} of case {} FAILED after {} attempts: {}", claimed.id(), claimed.message().caseId(),
                    claimed.attempt(), reason);
        } else {
            log.info("Message {} of case {} not delivered (attempt {}), next attempt at {}: {}", claimed.id(),
                    claimed.message().caseId(), claimed.attempt(), next, reason);
        }
    }

    /** Exponential backoff with equal jitter: half the doubled pause for sure, the other half at random. */
    Duration backoff(int attempt) {
        long first = config.firstRetry().toMillis();
        long max = config.maxRetry().toMillis();
        long pause = attempt >= 31 ? max : Math.min(max, first << Math.max(0, attempt - 1));
        long half = pause / 2;
        return Duration.ofMillis(half + (half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0));
    }

    private static List<Adapter> adapters(String text) {
        if (text == null || text.isBlank()) {
            return Collections.emptyList();
        }
        return Arrays.stream(text.split(",")).map(String::trim).map(Adapter::valueOf).toList();
    }

    private static String text(List<Adapter> adapters) {
        return adapters.isEmpty() ? null : adapters.stream().map(Adapter::name).collect(Collectors.joining(","));
    }
}
