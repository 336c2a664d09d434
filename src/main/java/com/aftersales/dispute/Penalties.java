package com.aftersales.dispute;

import com.aftersales.vocabulary.ResponsibleParty;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The penalties table: what the platform imposed on the shop, one row per seller-liable dispute. */
@Repository
public class Penalties {

    public record Penalty(String caseId, String orderId, BigDecimal refundAmount, String description,
                          Instant recordedAt) {
    }

    private final JdbcTemplate jdbc;

    public Penalties(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the penalty once; a retried step or a second node finds it there and records nothing. */
    public boolean record(Penalty penalty) {
        return jdbc.update("insert into penalty (case_id, order_id, responsible_party, refund_amount, description, "
                        + "recorded_at) select ?, ?, ?, ?, ?, ? where not exists "
                        + "(select 1 from penalty where case_id = ?)",
                penalty.caseId(), penalty.orderId(), ResponsibleParty.SELLER.name(), penalty.refundAmount(),
                penalty.description(), Timestamp.from(penalty.recordedAt()), penalty.caseId()) == 1;
    }

    public List<Penalty> ofCase(String caseId) {
        return jdbc.query("select case_id, order_id, refund_amount, description, recorded_at from penalty "
                + "where case_id = ?", (rs, row) -> new Penalty(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                rs.getString(4), rs.getTimestamp(5).toInstant()), caseId);
    }
}
