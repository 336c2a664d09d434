package com.aftersales.orders;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.vocabulary.CustomerTier;
import com.aftersales.vocabulary.ShippingState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's demo orders as the first start wrote them, each time measured from that start: the six to try a
 * case with, and the three to try logistics with (late to ship, stalled in transit, delivered to a VIP).
 */
@AfterSalesTest
class DemoOrdersTest {

    @Autowired OrderLookup orders;
    @Autowired JdbcTemplate jdbc;

    private ShopOrder order(String orderId) {
        return orders.find(orderId).orElseThrow();
    }

    private Instant writtenAt(String orderId) {
        return jdbc.queryForObject("select created_at from shop_order where order_id = ?", java.sql.Timestamp.class,
                orderId).toInstant();
    }

    private Duration before(String orderId, Instant instant) {
        return Duration.between(instant, writtenAt(orderId));
    }

    @Test
    void tb20261007IsPaidThreeDaysAgoAndADayLateToShip() {
        ShopOrder order = order("TB20261007");
        assertThat(order.buyerId()).isEqualTo("buyer-007");
        assertThat(order.itemName()).isEqualTo("蓝牙耳机 bluetooth earphones");
        assertThat(order.paidAmount()).isEqualByComparingTo("89.00");
        assertThat(order.shippingState()).isEqualTo(ShippingState.NOT_SHIPPED);
        assertThat(before("TB20261007", order.paidAt())).isEqualTo(Duration.ofDays(3));
        assertThat(before("TB20261007", order.promisedShipBy())).isEqualTo(Duration.ofDays(1));
        assertThat(order.carrier()).isNull();
        assertThat(order.lastEventAt()).isNull();
        assertThat(order.delivered()).isFalse();
    }

    @Test
    void tb20261008WasShippedBySfSixDaysAgoAndHasNotMovedForFour() {
        ShopOrder order = order("TB20261008");
        assertThat(order.buyerId()).isEqualTo("buyer-008");
        assertThat(order.itemName()).isEqualTo("保温杯 thermos cup");
        assertThat(order.paidAmount()).isEqualByComparingTo("69.00");
        assertThat(order.shippingState()).isEqualTo(ShippingState.SHIPPED);
        assertThat(order.carrier()).contains("SF");
        assertThat(order.trackingNumber()).startsWith("SF");
        assertThat(before("TB20261008", order.lastEventAt())).isEqualTo(Duration.ofDays(4));
        assertThat(jdbc.queryForObject("select min(occurred_at) from logistics_event where order_id = 'TB20261008' "
                + "and event_type = 'SHIPPED'", java.sql.Timestamp.class).toInstant())
                .isEqualTo(writtenAt("TB20261008").minus(Duration.ofDays(6)));
        assertThat(order.delivered()).isFalse();
    }

    @Test
    void tb20261009WasDeliveredToAVipFourDaysAgo() {
        ShopOrder order = order("TB20261009");
        assertThat(order.buyerId()).isEqualTo("buyer-009");
        assertThat(order.itemName()).isEqualTo("真丝围巾 silk scarf");
        assertThat(order.paidAmount()).isEqualByComparingTo("328.00");
        assertThat(order.buyerTier()).isEqualTo(CustomerTier.VIP);
        assertThat(order.shippingState()).isEqualTo(ShippingState.DELIVERED);
        assertThat(before("TB20261009", order.deliveredAt())).isEqualTo(Duration.ofDays(4));
        assertThat(order.lastEventAt()).isEqualTo(order.deliveredAt());
    }

    @Test
    void theFirstSixKeepTheirDeliveriesAndTb20261005IsInTransit() {
        for (String orderId : new String[] {"TB20261001", "TB20261002", "TB20261003", "TB20261004", "TB20261006"}) {
            ShopOrder order = order(orderId);
            assertThat(order.shippingState()).as(orderId).isEqualTo(ShippingState.DELIVERED);
            assertThat(order.carrier()).as(orderId).isNotBlank();
        }
        assertThat(before("TB20261001", order("TB20261001").deliveredAt())).isEqualTo(Duration.ofDays(2));
        assertThat(before("TB20261004", order("TB20261004").deliveredAt())).isEqualTo(Duration.ofDays(20));
        ShopOrder inTransit = order("TB20261005");
        assertThat(inTransit.shippingState()).isEqualTo(ShippingState.IN_TRANSIT);
        assertThat(inTransit.delivered()).isFalse();
        assertThat(inTransit.buyerId()).isEqualTo("buyer-001");
    }
}
