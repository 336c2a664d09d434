package com.aftersales.orders;

import com.aftersales.cluster.StartupLock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The contract's demo orders, for trying a case at once. Written once, into an empty table;
 * delivery dates are relative to that first start. Default mode only.
 */
@Component
@ConditionalOnProperty(name = "aftersales.demo.enabled", havingValue = "true")
class DemoOrders implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoOrders.class);

    private final OrderTable orders;
    private final Clock clock;
    private final StartupLock startupLock;

    DemoOrders(OrderTable orders, Clock clock, StartupLock startupLock) {
        this.orders = orders;
        this.clock = clock;
        this.startupLock = startupLock;
    }

    @Override
    public void afterPropertiesSet() {
        startupLock.exclusively(this::createIfEmpty);
    }

    private void createIfEmpty() {
        if (!orders.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (ShopOrder order : demoOrders(now)) {
            orders.insert(order, now);
        }
        log.info("Demo orders TB20261001 … TB20261006 created");
    }

    static List<ShopOrder> demoOrders(Instant now) {
        return List.of(
                new ShopOrder("TB20261001", "buyer-001", "电动拖把 electric mop", new BigDecimal("199.00"), daysAgo(now, 2)),
                new ShopOrder("TB20261002", "buyer-002", "洗衣机清洗粉 washing-machine cleaner", new BigDecimal("29.90"), daysAgo(now, 1)),
                new ShopOrder("TB20261003", "buyer-003", "教材配套资料 textbook companion materials", new BigDecimal("58.00"), daysAgo(now, 3)),
                new ShopOrder("TB20261004", "buyer-004", "运动鞋 running shoes", new BigDecimal("459.00"), daysAgo(now, 20)),
                new ShopOrder("TB20261005", "buyer-001", "笔记本电脑 notebook computer", new BigDecimal("5299.00"), null),
                new ShopOrder("TB20261006", "buyer-006", "手机壳 phone case", new BigDecimal("39.00"), daysAgo(now, 5)));
    }

    private static Instant daysAgo(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }
}
