package com.aftersales.orders;

import com.aftersales.cluster.StartupLock;
import com.aftersales.vocabulary.CustomerTier;
import com.aftersales.vocabulary.LogisticsEventType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The contract's demo orders, for trying a case at once, with their parcels' logistics events. Default mode only.
 * Each is written once, by its id, so that a database of an earlier version gets the orders added since; times are
 * relative to the start that wrote the order. A demo order of an earlier version without events gets its events
 * (relative to when it was written, so its delivery stays where it was). Events written here are history, not news:
 * no {@link LogisticsEventRecorded} is published for them (nor could anything listen this early in the start).
 */
@Component
@ConditionalOnProperty(name = "aftersales.demo.enabled", havingValue = "true")
class DemoOrders implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoOrders.class);
    private static final String SF = "顺丰速运 SF Express";
    private static final String ZTO = "中通快递 ZTO Express";
    private static final String JD = "京东物流 JD Logistics";

    /** A demo order and what its carrier reported. */
    record Demo(OrderEntry order, List<LogisticsEvent> events) {
    }

    private final OrderTable orders;
    private final LogisticsEventTable events;
    private final LogisticsEvents logistics;
    private final Clock clock;
    private final StartupLock startupLock;

    DemoOrders(OrderTable orders, LogisticsEventTable events, LogisticsEvents logistics, Clock clock,
               StartupLock startupLock) {
        this.orders = orders;
        this.events = events;
        this.logistics = logistics;
        this.clock = clock;
        this.startupLock = startupLock;
    }

    @Override
    public void afterPropertiesSet() {
        startupLock.exclusively(this::createMissing);
    }

    private void createMissing() {
        Instant now = clock.instant();
        List<Demo> fresh = demoOrders(now);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            String orderId = fresh.get(i).order().orderId();
            Optional<Instant> writtenAt = orders.createdAt(orderId);
            if (writtenAt.isEmpty()) {
                orders.insert(fresh.get(i).order(), now);
                replay(fresh.get(i));
                created.add(orderId);
            } else if (!events.anyFor(orderId)) {
                replay(demoOrders(writtenAt.get()).get(i));
            }
        }
        if (!created.isEmpty()) {
            log.info("Demo orders {} created", String.join(", ", created));
        }
    }

    private void replay(Demo demo) {
        for (LogisticsEvent event : demo.events()) {
            logistics.apply(orders.lock(event.orderId()).orElseThrow(), event);
        }
    }

    /** The demo orders as written at {@code at}: paid, promised, shipped and delivered so long before. */
    static List<Demo> demoOrders(Instant at) {
        return List.of(
                delivered("TB20261001", "buyer-001", "电动拖把 electric mop", "199.00", at, 2, ZTO, "73100000001"),
                delivered("TB20261002", "buyer-002", "洗衣机清洗粉 washing-machine cleaner", "29.90", at, 1, ZTO,
                        "73100000002"),
                delivered("TB20261003", "buyer-003", "教材配套资料 textbook companion materials", "58.00", at, 3, ZTO,
                        "73100000003"),
                delivered("TB20261004", "buyer-004", "运动鞋 running shoes", "459.00", at, 20, ZTO, "73100000004"),
                new Demo(order("TB20261005", "buyer-001", "笔记本电脑 notebook computer", "5299.00", at, 3,
                        CustomerTier.NORMAL), List.of(
                        event("TB20261005", LogisticsEventType.SHIPPED, JD, "JD0000000005", hoursAgo(at, 48)),
                        event("TB20261005", LogisticsEventType.PICKED_UP, JD, "JD0000000005", hoursAgo(at, 46)),
                        event("TB20261005", LogisticsEventType.IN_TRANSIT, JD, "JD0000000005", hoursAgo(at, 24)))),
                delivered("TB20261006", "buyer-006", "手机壳 phone case", "39.00", at, 5, ZTO, "73100000006"),
                // paid three days ago, promised to ship within two: late by a day (催发货)
                new Demo(order("TB20261007", "buyer-007", "蓝牙耳机 bluetooth earphones", "89.00", at, 3,
                        CustomerTier.NORMAL), List.of()),
                // shipped six days ago, picked up two days later, not a word from the carrier since (物流慢)
                new Demo(order("TB20261008", "buyer-008", "保温杯 thermos cup", "69.00", at, 7, CustomerTier.NORMAL),
                        List.of(event("TB20261008", LogisticsEventType.SHIPPED, SF, "SF1400000008", hoursAgo(at, 6 * 24)),
                                event("TB20261008", LogisticsEventType.PICKED_UP, SF, "SF1400000008",
                                        hoursAgo(at, 4 * 24)))),
                new Demo(order("TB20261009", "buyer-009", "真丝围巾 silk scarf", "328.00", at, 7, CustomerTier.VIP),
                        List.of(event("TB20261009", LogisticsEventType.SHIPPED, SF, "SF1400000009", hoursAgo(at, 6 * 24)),
                                event("TB20261009", LogisticsEventType.DELIVERED, SF, "SF1400000009",
                                        hoursAgo(at, 4 * 24)))));
    }

    /** Paid three days before its delivery, shipped a day after payment. */
    private static Demo delivered(String orderId, String buyerId, String item, String paid, Instant at,
                                  int daysSinceDelivery, String carrier, String trackingNumber) {
        Instant deliveredAt = hoursAgo(at, daysSinceDelivery * 24);
        return new Demo(order(orderId, buyerId, item, paid, at, daysSinceDelivery + 3, CustomerTier.NORMAL), List.of(
                event(orderId, LogisticsEventType.SHIPPED, carrier, trackingNumber, deliveredAt.minus(Duration.ofDays(2))),
                event(orderId, LogisticsEventType.DELIVERED, carrier, trackingNumber, deliveredAt)));
    }

    /** Paid so many days before, to be shipped within two days of payment. */
    private static OrderEntry order(String orderId, String buyerId, String item, String paid, Instant at,
                                    int daysSincePayment, CustomerTier tier) {
        Instant paidAt = hoursAgo(at, daysSincePayment * 24);
        return new OrderEntry(orderId, buyerId, item, new BigDecimal(paid), null, paidAt,
                paidAt.plus(Duration.ofDays(2)), tier,
                "浙江省杭州市西湖区文三路 " + Integer.parseInt(orderId.substring(8)) + " 号（演示 demo）");
    }

    private static LogisticsEvent event(String orderId, LogisticsEventType type, String carrier, String trackingNumber,
                                        Instant at) {
        return new LogisticsEvent(orderId, type, carrier, trackingNumber, at, null);
    }

    private static Instant hoursAgo(Instant at, int hours) {
        return at.minus(Duration.ofHours(hours));
    }
}
