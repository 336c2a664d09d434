package com.aftersales.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Refunds are exact, capped by what was paid, and paid exactly once per case and purpose. */
@AfterSalesTest
class RefundsTest {

    @Autowired Refunds refunds;
    @Autowired RefundLedger ledger;
    @Autowired RefundAccounts accounts;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired Clock clock;

    private RefundOrder refund(Fixtures.Order order, String purpose, String amount) {
        return new RefundOrder("AS-" + order.orderId(), order.orderId(), purpose, new BigDecimal(amount));
    }

    @Test
    void theSameRefundAskedTwiceIsPaidOnce() {
        Fixtures.Order order = fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2);
        RefundReceipt first = refunds.pay(refund(order, "RETURN", "199.00"));
        RefundReceipt again = refunds.pay(refund(order, "RETURN", "199.00"));

        assertThat(again).isEqualTo(first);
        assertThat(ledger.ofCase("AS-" + order.orderId())).singleElement()
                .satisfies(r -> assertThat(r.amount()).isEqualByComparingTo("199.00"));
        assertThat(refunds.refundable(order.orderId())).isEqualByComparingTo("0.00");
    }

    @Test
    void aRefundAboveWhatIsLeftIsRefusedAndNoMoneyMoves() {
        Fixtures.Order order = fixtures.deliveredOrder("运动鞋 running shoes", "459.00", 20);
        refunds.pay(refund(order, "COMPENSATION", "400.00"));

        assertThatThrownBy(() -> refunds.pay(refund(order, "RETURN", "59.01")))
                .isInstanceOf(RefundRefused.class).hasMessageContaining("59.01 yuan is more than the 59.00 yuan that can still be refunded");
        assertThat(ledger.refundedForOrder(order.orderId())).isEqualByComparingTo("400.00");
        assertThat(refunds.pay(refund(order, "RETURN", "59.00")).amount()).isEqualByComparingTo("59.00");
    }

    @Test
    void amountsThatAreNotPositiveOrHaveFractionsOfAFenAreRefused() {
        Fixtures.Order order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
        assertThatThrownBy(() -> refunds.pay(refund(order, "A", "0.00"))).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> refunds.pay(refund(order, "B", "-5"))).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> refunds.pay(refund(order, "C", "1.005"))).hasMessageContaining("fractions of a fen");
        assertThat(ledger.ofCase("AS-" + order.orderId())).isEmpty();
    }

    @Test
    void aGatewayThatFailsTwiceThenSucceedsLeavesExactlyOneLedgerEntry() {
        Fixtures.Order order = fixtures.deliveredOrder("洗衣机清洗粉 cleaner", "29.90", 1);
        AtomicInteger calls = new AtomicInteger();
        PaymentGateway real = new LedgerPaymentGateway(ledger, clock);
        PaymentGateway flaky = (refundOrder, key) -> {
            RefundReceipt receipt = real.refund(refundOrder, key); // written, then the provider times out
            if (calls.incrementAndGet() <= 2) {
                throw new IllegalStateException("payment provider timed out");
            }
            return receipt;
        };
        Refunds withFlakyGateway = new Refunds(accounts, ledger, flaky);

        int attempts = 0;
        RefundReceipt receipt = null;
        while (receipt == null && attempts < 5) { // as the job executor retries the refund step
            attempts++;
            try {
                receipt = transaction.execute(status -> withFlakyGateway.pay(refund(order, "RETURN", "29.90")));
            } catch (IllegalStateException timedOut) {
                // the step's transaction rolled back, and with it the ledger entry
            }
        }
        assertThat(attempts).isEqualTo(3);
        assertThat(ledger.ofCase("AS-" + order.orderId())).singleElement().isEqualTo(receipt);
    }

    @Test
    void twoConcurrentExecutionsOfTheSameRefundPayOnce() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("笔记本电脑 notebook", "5299.00", 3);
        PaymentGateway real = new LedgerPaymentGateway(ledger, clock);
        PaymentGateway slow = (refundOrder, key) -> {
            RefundReceipt receipt = real.refund(refundOrder, key);
            sleep(200); // hold the order's lock while the other execution arrives
            return receipt;
        };
        Refunds withSlowGateway = new Refunds(accounts, ledger, slow);
        CountDownLatch start = new CountDownLatch(1);
        Callable<RefundReceipt> execution = () -> {
            start.await();
            return transaction.execute(status -> withSlowGateway.pay(refund(order, "DISPUTE", "5299.00")));
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<RefundReceipt>> results = List.of(nodes.submit(execution), nodes.submit(execution));
            start.countDown();
            RefundReceipt a = results.get(0).get(10, TimeUnit.SECONDS);
            RefundReceipt b = results.get(1).get(10, TimeUnit.SECONDS);
            assertThat(a).isEqualTo(b);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(ledger.ofCase("AS-" + order.orderId())).hasSize(1);
        assertThat(ledger.refundedForOrder(order.orderId())).isEqualByComparingTo("5299.00");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
