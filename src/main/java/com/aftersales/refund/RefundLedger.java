package com.aftersales.refund;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The refund_ledger table. */
@Repository
public class RefundLedger {

    private static final String COLUMNS = "id, case_id, order_id, purpose, amount, status, idempotency_key, created_at";

    private final JdbcTemplate jdbc;

    public RefundLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RefundReceipt> findByKey(String idempotencyKey) {
        return jdbc.query("select " + COLUMNS + " from refund_ledger where idempotency_key = ?", RefundLedger::map,
                idempotencyKey).stream().findFirst();
    }

    public List<RefundReceipt> ofCase(String caseId) {
        return jdbc.query("select " + COLUMNS + " from refund_ledger where case_id = ? order by id", RefundLedger::map,
                caseId);
    }

    public BigDecimal refundedForOrder(String orderId) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from refund_ledger where order_id = ?",
                BigDecimal.class, orderId);
    }

    RefundReceipt insertPaid(RefundOrder order, String idempotencyKey, Instant paidAt) {
        jdbc.update("insert into refund_ledger (case_id, order_id, purpose, amount, status, idempotency_key, created_at) "
                        + "values (?, ?, ?, ?, 'PAID', ?, ?)", order.caseId(), order.orderId(), order.purpose(),
                order.amount(), idempotencyKey, Timestamp.from(paidAt));
        return findByKey(idempotencyKey).orElseThrow();
    }

    private static RefundReceipt map(ResultSet rs, int row) throws SQLException {
        return new RefundReceipt(rs.getLong("id"), rs.getString("case_id"), rs.getString("order_id"),
                rs.getString("purpose"), rs.getBigDecimal("amount"), rs.getString("status"),
                rs.getString("idempotency_key"), rs.getTimestamp("created_at").toInstant());
    }
}
