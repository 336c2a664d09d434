package com.aftersales.refund;

import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.RemedyStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The application's own record of every remedy (table refund_ledger): written PENDING before an outside system is
 * asked, settled once it answered. Its unique idempotency key makes a second remedy for the same case, kind and
 * purpose impossible.
 */
@Repository
public class RemedyLedger {

    private static final String COLUMNS = "id, case_id, order_id, kind, purpose, amount, status, request_no, attempts, "
            + "item, idempotency_key, created_at, settled_at";
    /** The kinds paid out of what the buyer paid, as SQL: {@code 'REFUND', 'COMPENSATION', …}. */
    private static final String FROM_PAID = Arrays.stream(RemedyKind.values()).filter(RemedyKind::fromPaid)
            .map(kind -> "'" + kind.name() + "'").collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;

    public RemedyLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LedgerEntry> findByKey(String idempotencyKey) {
        return jdbc.query("select " + COLUMNS + " from refund_ledger where idempotency_key = ?", RemedyLedger::map,
                idempotencyKey).stream().findFirst();
    }

    /** Every remedy of the case, in the order they were given. */
    public List<LedgerEntry> ofCase(String caseId) {
        return jdbc.query("select " + COLUMNS + " from refund_ledger where case_id = ? order by id", RemedyLedger::map,
                caseId);
    }

    /** What is paid or being paid out of the order's money (refused payments do not count). */
    public BigDecimal refundedForOrder(String orderId) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from refund_ledger where order_id = ? and kind in ("
                + FROM_PAID + ") and status <> 'FAILED'", BigDecimal.class, orderId);
    }

    LedgerEntry insertPending(RemedyOrder order, Instant now) {
        jdbc.update("insert into refund_ledger (case_id, order_id, kind, purpose, amount, status, request_no, item, "
                        + "idempotency_key, created_at) values (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)", order.caseId(),
                order.orderId(), order.kind().name(), order.purpose(), order.amount(), order.requestNo(), order.item(),
                order.idempotencyKey(), Timestamp.from(now));
        return findByKey(order.idempotencyKey()).orElseThrow();
    }

    /** Counted before the outside system is asked: a later try knows an answer may be out there and asks for it. */
    void countAttempt(long id) {
        jdbc.update("update refund_ledger set attempts = attempts + 1 where id = ?", id);
    }

    /** PENDING → the outcome; a remedy settled already (by another node) stays as it is. */
    void settle(long id, RemedyStatus status, String reference, String failure, Instant now) {
        jdbc.update("update refund_ledger set status = ?, provider_reference = ?, failure = ?, settled_at = ? "
                + "where id = ? and status = 'PENDING'", status.name(), reference, failure, Timestamp.from(now), id);
    }

    LedgerEntry get(long id) {
        return jdbc.queryForObject("select " + COLUMNS + " from refund_ledger where id = ?", RemedyLedger::map, id);
    }

    private static LedgerEntry map(ResultSet rs, int row) throws SQLException {
        Timestamp settled = rs.getTimestamp("settled_at");
        return new LedgerEntry(rs.getLong("id"), rs.getString("case_id"), rs.getString("order_id"),
                RemedyKind.valueOf(rs.getString("kind")), rs.getString("purpose"), rs.getBigDecimal("amount"),
                RemedyStatus.valueOf(rs.getString("status")), rs.getString("request_no"), rs.getInt("attempts"),
                rs.getString("item"), rs.getString("idempotency_key"), rs.getTimestamp("created_at").toInstant(),
                settled == null ? null : settled.toInstant());
    }
}
