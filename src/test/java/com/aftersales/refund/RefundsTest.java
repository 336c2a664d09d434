package com.aftersales.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.RemedyStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cash is exact, capped by what was paid, paid exactly once per case, kind and purpose, and asked of the payment
 * provider as a real one wants: the same request number on every try, an unknown outcome asked about later, no
 * database lock held while the provider thinks, the application's own ledger row written pending → paid.
 */
@AfterSalesTest
class RefundsTest {

    @Autowired Refunds refunds;
    @Autowired Remedies remedies;
    @Autowired RemedyLedger ledger;
    @Autowired RefundAccounts accounts;
    @Autowired Reservations reservations;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired Clock clock;

    private static RemedyOrder refund(Fixtures.Order order, String purpose, String amount) {
        return remedy(order, RemedyKind.REFUND, purpose, amount);
    }

    private static RemedyOrder remedy(Fixtures.Order order, RemedyKind kind, String purpose, String amount) {
        return new RemedyOrder("AS-" + order.orderId(), order.orderId(), kind, purpose, new BigDecimal(amount));
    }

    /** Refunds through a provider the test plays: each call answers what the function says. */
    private Refunds through(Provider provider) {
        return new Refunds(accounts, ledger, reservations, provider);
    }

    @Test
    void theSameRefundAskedTwiceIsPaidOnce() {
        Fixtures.Order order = fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2);
        LedgerEntry first = refunds.pay(refund(order, "RETURN", "199.00"));
        LedgerEntry again = refunds.pay(refund(order, "RETURN", "199.00"));

        assertThat(again).isEqualTo(first);
        assertThat(first.status()).isEqualTo(RemedyStatus.PAID);
        assertThat(ledger.ofCase("AS-" + order.orderId())).singleElement()
                .satisfies(r -> assertThat(r.amount()).isEqualByComparingTo("199.00"));
        assertThat(refunds.refundable(order.orderId())).isEqualByComparingTo("0.00");
    }

    @Test
    void aRefundAboveWhatIsLeftIsRefusedAndNothingIsWritten() {
        Fixtures.Order order = fixtures.deliveredOrder("运动鞋 running shoes", "459.00", 20);
        refunds.pay(remedy(order, RemedyKind.COMPENSATION, "COMPENSATION", "400.00"));

        assertThatThrownBy(() -> refunds.pay(refund(order, "RETURN", "59.01")))
                .isInstanceOf(RefundRefused.class).hasMessageContaining("59.01 yuan is more than the 59.00 yuan that can still be refunded");
        assertThat(ledger.ofCase("AS-" + order.orderId())).hasSize(1);
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
    void anUnknownOutcomeIsAskedAboutOnTheNextTryWithTheSameRequestNumber() {
        Fixtures.Order order = fixtures.deliveredOrder("洗衣机清洗粉 cleaner", "29.90", 1);
        Provider provider = new Provider(call -> call.query() ? PaymentAnswer.paid("ALI-2026-1") : PaymentAnswer.unknown());
        Refunds withProvider = through(provider);

        assertThatThrownBy(() -> withProvider.pay(refund(order, "RETURN", "29.90"))).isInstanceOf(PaymentPending.class);
        LedgerEntry pending = ledger.ofCase("AS-" + order.orderId()).get(0);
        assertThat(pending.status()).isEqualTo(RemedyStatus.PENDING);
        assertThat(refunds.refundable(order.orderId())).as("a pending payment is money that may be gone").isEqualByComparingTo("0.00");

        LedgerEntry paid = withProvider.pay(refund(order, "RETURN", "29.90")); // the step, retried
        assertThat(paid.status()).isEqualTo(RemedyStatus.PAID);
        assertThat(provider.calls).extracting(Call::query).containsExactly(false, true);
        assertThat(provider.calls).extracting(Call::requestNo).containsOnly(pending.requestNo());
        assertThat(ledger.ofCase("AS-" + order.orderId())).singleElement().isEqualTo(paid);
        assertThat(jdbc.queryForObject("select provider_reference from refund_ledger where id = ?", String.class, paid.id()))
                .isEqualTo("ALI-2026-1");
    }

    @Test
    void aProviderThatTimesOutIsAskedAgainWithTheSameNumberAndPaysOnce() {
        Fixtures.Order order = fixtures.deliveredOrder("保温杯 thermos cup", "69.00", 1);
        Provider provider = new Provider(call -> {
            if (call.attempt() <= 2) {
                throw new IllegalStateException("Read timed out");
            }
            return call.query() ? PaymentAnswer.notFound() : PaymentAnswer.paid(null);
        });
        Refunds withProvider = through(provider);
        int tries = 0;
        LedgerEntry paid = null;
        while (paid == null && tries < 5) { // as the job executor retries the refund step
            tries++;
            try {
                paid = transaction.execute(status -> withProvider.pay(refund(order, "RETURN", "69.00")));
            } catch (IllegalStateException timedOut) {
                // the step's transaction rolls back; the ledger row was written in its own
            }
        }
        assertThat(tries).isEqualTo(3);
        // pay (timed out), query (timed out), query: none arrived, pay again with the same number
        assertThat(provider.calls).extracting(Call::query).containsExactly(false, true, true, false);
        assertThat(provider.calls).extracting(Call::requestNo).containsOnly(paid.requestNo());
        assertThat(ledger.ofCase("AS-" + order.orderId())).singleElement()
                .satisfies(entry -> assertThat(entry.attempts()).isEqualTo(3)).isEqualTo(paid);
    }

    @Test
    void noDatabaseLockIsHeldWhileTheProviderThinks() {
        Fixtures.Order order = fixtures.deliveredOrder("笔记本电脑 notebook", "5299.00", 3);
        TransactionTemplate otherNode = new TransactionTemplate(transactions);
        otherNode.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        otherNode.setTimeout(2);
        List<BigDecimal> seenByTheOtherNode = new CopyOnWriteArrayList<>();
        Provider provider = new Provider(call -> {
            // another payment of the same order, meanwhile, on another thread: it gets the order's lock at once
            ExecutorService node = Executors.newSingleThreadExecutor();
            try {
                seenByTheOtherNode.add(node.submit(() -> otherNode.execute(status -> accounts.lock(order.orderId())))
                        .get(5, TimeUnit.SECONDS));
            } catch (Exception e) {
                throw new AssertionError("the order's account was locked during the provider call", e);
            } finally {
                node.shutdownNow();
            }
            return PaymentAnswer.paid(null);
        });
        transaction.execute(status -> through(provider).pay(refund(order, "DISPUTE", "100.00")));
        assertThat(seenByTheOtherNode).singleElement().satisfies(paid -> assertThat(paid).isEqualByComparingTo("5299.00"));
    }

    @Test
    void twoConcurrentExecutionsOfTheSameRefundPayOnce() throws Exception {
        Fixtures.Order order = fixtures.deliveredOrder("笔记本电脑 notebook", "5299.00", 3);
        Provider slow = new Provider(call -> {
            sleep(200); // the other execution arrives meanwhile
            return PaymentAnswer.paid(null);
        });
        Refunds withSlowProvider = through(slow);
        CountDownLatch start = new CountDownLatch(1);
        Callable<LedgerEntry> execution = () -> {
            start.await();
            return transaction.execute(status -> withSlowProvider.pay(refund(order, "DISPUTE", "5299.00")));
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<LedgerEntry>> results = List.of(nodes.submit(execution), nodes.submit(execution));
            start.countDown();
            assertThat(results.get(0).get(10, TimeUnit.SECONDS).id()).isEqualTo(results.get(1).get(10, TimeUnit.SECONDS).id());
        } finally {
            nodes.shutdownNow();
        }
        assertThat(ledger.ofCase("AS-" + order.orderId())).singleElement()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(RemedyStatus.PAID));
        // the first pays; the second finds the payment under way and asks about it: one request number, paid once
        assertThat(slow.calls).extracting(Call::query).containsExactlyInAnyOrder(false, true);
        assertThat(slow.calls.stream().map(Call::requestNo).distinct()).hasSize(1);
        assertThat(ledger.refundedForOrder(order.orderId())).isEqualByComparingTo("5299.00");
    }

    @Test
    void aRefusedPaymentIsRecordedAsFailedAndLeavesTheMoneyRefundable() {
        Fixtures.Order order = fixtures.deliveredOrder("运动鞋 running shoes", "459.00", 20);
        Provider refusing = new Provider(call -> PaymentAnswer.refused("TRADE_HAS_CLOSE"));

        assertThatThrownBy(() -> through(refusing).pay(refund(order, "RETURN", "459.00")))
                .isInstanceOf(RefundRefused.class).hasMessageContaining("TRADE_HAS_CLOSE");
        assertThat(ledger.ofCase("AS-" + order.orderId())).singleElement()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(RemedyStatus.FAILED));
        assertThat(refunds.refundable(order.orderId())).isEqualByComparingTo("459.00");
        assertThatThrownBy(() -> through(refusing).pay(refund(order, "RETURN", "459.00")))
                .as("asked again, it is not sent again").isInstanceOf(RefundRefused.class);
        assertThat(refusing.calls).hasSize(1);
    }

    @Test
    void theShippingFeeIsPaidOnTopOfAFullRefundRedEnvelopesComeOutOfThePriceCouponsAreNotCash() {
        Fixtures.Order order = fixtures.deliveredOrder("电动拖把 electric mop", "199.00", 2);
        refunds.pay(refund(order, "RETURN_AND_REFUND#1", "199.00"));
        assertThat(remedies.give(remedy(order, RemedyKind.SHIPPING_FEE, "HANDLING#1", "12.00"), "buyer").status())
                .isEqualTo(RemedyStatus.PAID);
        assertThat(remedies.give(remedy(order, RemedyKind.COUPON, "HANDLING#1", "20.00"), "buyer").status())
                .isEqualTo(RemedyStatus.ISSUED);
        assertThatThrownBy(() -> remedies.give(remedy(order, RemedyKind.RED_ENVELOPE, "HANDLING#1", "5.00"), "buyer"))
                .isInstanceOf(RefundRefused.class).hasMessageContaining("0.00 yuan that can still be refunded");

        assertThat(ledger.ofCase("AS-" + order.orderId())).extracting(LedgerEntry::kind)
                .containsExactly(RemedyKind.REFUND, RemedyKind.SHIPPING_FEE, RemedyKind.COUPON);
        assertThat(ledger.refundedForOrder(order.orderId())).isEqualByComparingTo("199.00");
    }

    /** One call to the provider: which request, how many calls so far, payment or query. */
    record Call(String requestNo, int attempt, boolean query) {
    }

    /** A payment provider whose answers the test writes; it keeps the calls it got. */
    static final class Provider implements PaymentGateway {

        final List<Call> calls = new CopyOnWriteArrayList<>();
        private final Function<Call, PaymentAnswer> answer;

        Provider(Function<Call, PaymentAnswer> answer) {
            this.answer = answer;
        }

        @Override
        public PaymentAnswer pay(PaymentRequest request) {
            return answer(new Call(request.requestNo(), calls.size() + 1, false));
        }

        @Override
        public PaymentAnswer query(String requestNo) {
            return answer(new Call(requestNo, calls.size() + 1, true));
        }

        private PaymentAnswer answer(Call call) {
            calls.add(call);
            return answer.apply(call);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
