package com.aftersales.refund;

import com.aftersales.database.LockTimeout;
import com.aftersales.orders.OrderLookup;
import com.aftersales.orders.ShopOrder;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The refund account of each order, inside the application: what the buyer paid, as the order system said when
 * the first refund of the order was looked at. Payments of one order lock its account row, so two nodes (or a
 * retried step and its first attempt) cannot together pay out more than was paid — whatever system stands behind
 * {@link OrderLookup}, whose data the application neither owns nor locks.
 */
@Repository
class RefundAccounts {

    private final JdbcTemplate jdbc;
    private final OrderLookup orders;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final LockTimeout lockTimeout;

    RefundAccounts(JdbcTemplate jdbc, OrderLookup orders, PlatformTransactionManager transactions, Clock clock,
                   LockTimeout lockTimeout) {
        this.jdbc = jdbc;
        this.lockTimeout = lockTimeout;
        this.orders = orders;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Opens the order's account if it has none yet, and locks it until the caller's transaction ends. Waits at most
     * the {@link LockTimeout} for a payment of the same order in another transaction, then fails (and the payment's
     * job is retried), rather than outwaiting its job's lock.
     *
     * @return what the buyer paid for the order
     * @throws RefundRefused when the order system does not know the order
     */
    BigDecimal lock(String orderId) {
        lockTimeout.applyToThisTransaction();
        Optional<BigDecimal> paid = lockedPaid(orderId);
        if (paid.isPresent()) {
            return paid.get();
        }
        open(orderId);
        return lockedPaid(orderId).orElseThrow();
    }

    /** What the buyer paid: from the account once it exists, else from the order system (nothing is written). */
    Optional<BigDecimal> paid(String orderId) {
        Optional<BigDecimal> account = jdbc.query("select paid_amount from refund_account where order_id = ?",
                (rs, row) -> rs.getBigDecimal(1), orderId).stream().findFirst();
        return account.isPresent() ? account : orders.find(orderId).map(ShopOrder::paidAmount);
    }

    private Optional<BigDecimal> lockedPaid(String orderId) {
        return jdbc.query("select paid_amount from refund_account where order_id = ? for update",
                (rs, row) -> rs.getBigDecimal(1), orderId).stream().findFirst();
    }

    /**
     * Created in a transaction of its own, so that two first payments racing on one order do not fail the
     * payment's transaction: the loser of the insert finds the winner's row.
     */
    private void open(String orderId) {
        ShopOrder order = orders.find(orderId)
                .orElseThrow(() -> new RefundRefused("order " + orderId + " is not in the order system"));
        try {
            ownTransaction.executeWithoutResult(status -> {
                lockTimeout.applyToThisTransaction(); // another payment's uncommitted account holds the key
                jdbc.update("insert into refund_account (order_id, paid_amount, opened_at) values (?, ?, ?)",
                        orderId, order.paidAmount(), Timestamp.from(clock.instant()));
            });
        } catch (DuplicateKeyException opened) {
            // another payment opened it first
        }
    }
}
