package com.aftersales.orders;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The carrier's events of an order's parcel. Each is kept once; the order's shipping state, carrier, tracking number
 * and last event time follow the newest by {@code occurredAt}, so an older event arriving late is kept but moves
 * nothing back. A delivery that is the newest event sets {@code deliveredAt}, from which the return window runs.
 */
@Component
public class LogisticsEvents {

    public enum Result { RECORDED, REPEATED, UNKNOWN_ORDER, IN_THE_FUTURE }

    /** How far ahead of this clock a carrier's clock may be: beyond it an event cannot have happened yet. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final OrderTable orders;
    private final LogisticsEventTable events;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    LogisticsEvents(OrderTable orders, LogisticsEventTable events, Clock clock, ApplicationEventPublisher publisher) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Records the event and, once committed, publishes {@link LogisticsEventRecorded}. */
    @Transactional
    public Result record(LogisticsEvent event) {
        if (event.occurredAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            return Result.IN_THE_FUTURE;
        }
        Optional<ShopOrder> order = orders.lock(event.orderId());
        if (order.isEmpty()) {
            return Result.UNKNOWN_ORDER;
        }
        Optional<LogisticsEventRecorded> recorded = apply(order.get(), event);
        if (recorded.isEmpty()) {
            return Result.REPEATED;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publisher.publishEvent(recorded.get());
            }
        });
        return Result.RECORDED;
    }

    /** Keeps a new event of the order (its row locked) and moves the order with it if it is the newest; empty for a repeat. */
    Optional<LogisticsEventRecorded> apply(ShopOrder order, LogisticsEvent event) {
        if (!events.add(event, clock.instant())) {
            return Optional.empty();
        }
        boolean newest = order.lastEventAt() == null || !event.occurredAt().isBefore(order.lastEventAt());
        if (newest) {
            orders.ship(event);
        }
        return Optional.of(new LogisticsEventRecorded(event, order.buyerId(),
                newest ? event.type().state() : order.shippingState(), newest));
    }
}
