package com.aftersales.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.database.LockTimeout;
import com.aftersales.orders.OrderLookup;
import com.aftersales.orders.ShopOrder;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.vocabulary.RemedyKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Refunds work with an order system that is not the demo table behind {@link OrderLookup}: the application keeps
 * its own refund account per order and never reads (or locks) the order system's data. The refunds here are wired
 * to an order system of their own, on the application's database.
 */
@AfterSalesTest
class RefundsFromAnotherOrderSystemTest {

    private final Map<String, ShopOrder> orders = new ConcurrentHashMap<>();

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired RemedyLedger ledger;
    @Autowired PaymentGateway gateway;
    @Autowired Clock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired LockTimeout lockTimeout;

    private Refunds refunds() {
        OrderLookup remoteOrderSystem = orderId -> Optional.ofNullable(orders.get(orderId));
        RefundAccounts accounts = new RefundAccounts(jdbc, remoteOrderSystem, transactions, clock, lockTimeout);
        return new Refunds(accounts, ledger, new Reservations(accounts, ledger, transactions, events, clock), gateway);
    }

    @Test
    void anOrderOnlyTheOrderSystemKnowsIsRefundedUpToWhatWasPaidAndNoMore() {
        orders.put("JD-77", new ShopOrder("JD-77", "buyer-jd", "保温杯 thermos cup", new BigDecimal("69.00"),
                Instant.parse("2026-11-20T08:00:00Z")));
        assertThat(jdbc.queryForObject("select count(*) from shop_order where order_id = 'JD-77'", Integer.class)).isZero();
        Refunds refunds = refunds();

        assertThat(refunds.refundable("JD-77")).isEqualByComparingTo("69.00");
        refunds.pay(new RemedyOrder("AS-JD-1", "JD-77", RemedyKind.COMPENSATION, "PARTIAL_REFUND#0", new BigDecimal("20.00")));
        assertThat(refunds.refundable("JD-77")).isEqualByComparingTo("49.00");
        assertThatThrownBy(() -> refunds.pay(new RemedyOrder("AS-JD-2", "JD-77", RemedyKind.REFUND, "REFUND_ONLY#0", new BigDecimal("49.01"))))
                .isInstanceOf(RefundRefused.class).hasMessageContaining("49.00 yuan that can still be refunded");
        assertThat(ledger.ofCase("AS-JD-1")).singleElement()
                .satisfies(refund -> assertThat(refund.amount()).isEqualByComparingTo("20.00"));

        // what was paid is the account's from the first refund on, whatever the order system says later
        orders.put("JD-77", new ShopOrder("JD-77", "buyer-jd", "保温杯 thermos cup", new BigDecimal("999.00"), null));
        assertThat(refunds.refundable("JD-77")).isEqualByComparingTo("49.00");
    }

    @Test
    void anOrderNoOrderSystemKnowsIsNeverRefunded() {
        Refunds refunds = refunds();
        assertThat(refunds.refundable("NOPE-1")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThatThrownBy(() -> refunds.pay(new RemedyOrder("AS-NOPE", "NOPE-1", RemedyKind.REFUND, "REFUND_ONLY#0", BigDecimal.TEN)))
                .isInstanceOf(RefundRefused.class).hasMessage("order NOPE-1 is not in the order system");
    }
}
