package com.aftersales.casefile;

import com.aftersales.routing.AgentRecords;
import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.vocabulary.Channel;
import com.aftersales.vocabulary.Outcome;
import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.Resolution;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The after_sales_case table. Runs in the caller's transaction, which is the engine's when called from the process. */
@Repository
public class CaseRepository {

    private static final String INSERTED = "case_id, process_instance_id, order_id, buyer_id, channel, status, "
            + "agent_id, outcome, idempotency_key, created_by, created_at, closed_at";
    private static final String COLUMNS = INSERTED + ", recommended_resolution, recommended_eligible, "
            + "recommended_return_required, recommended_remedy, order_found, order_buyer_matches";
    private static final RowMapper<CaseRecord> ROW = CaseRepository::map;

    private final JdbcTemplate jdbc;

    public CaseRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CaseRecord c) {
        jdbc.update("insert into after_sales_case (" + INSERTED + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.caseId(), c.processInstanceId(), c.orderId(), c.buyerId(), c.channel().name(), c.status().name(),
                c.agentId(), c.outcome() == null ? null : c.outcome().name(), c.idempotencyKey(), c.createdBy(),
                timestamp(c.createdAt()), timestamp(c.closedAt()));
    }

    public Optional<CaseRecord> find(String caseId) {
        return jdbc.query("select " + COLUMNS + " from after_sales_case where case_id = ?", ROW, caseId)
                .stream().findFirst();
    }

    public Optional<CaseRecord> findByIdempotencyKey(String key) {
        return jdbc.query("select " + COLUMNS + " from after_sales_case where idempotency_key = ?", ROW, key)
                .stream().findFirst();
    }

    public List<CaseRecord> search(String buyerId, CaseStatus status, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from after_sales_case where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (buyerId != null) {
            sql.append(" and buyer_id = ?");
            args.add(buyerId);
        }
        if (status != null) {
            sql.append(" and status = ?");
            args.add(status.name());
        }
        sql.append(" order by created_at desc, case_id fetch first ").append(limit).append(" rows only");
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    /** The agent of the buyer's open case, else of the buyer's most recent case. */
    Optional<AgentRecords.Assignment> agentOfBuyer(String buyerId, String exceptCaseId) {
        return jdbc.query("select agent_id, status, created_at from after_sales_case where buyer_id = ? and case_id <> ? "
                        + "and agent_id is not null order by case when status = 'OPEN' then 0 else 1 end, created_at desc "
                        + "fetch first 1 rows only",
                (rs, row) -> new AgentRecords.Assignment(rs.getString(1), "OPEN".equals(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()), buyerId, exceptCaseId).stream().findFirst();
    }

    /** The order's open case, else its most recent one. */
    /** The ids of the order's open cases. */
    public List<String> openCaseIdsOfOrder(String orderId) {
        return jdbc.queryForList("select case_id from after_sales_case where order_id = ? and status = 'OPEN'",
                String.class, orderId);
    }

    public Optional<CaseRecord> latestOfOrder(String orderId) {
        return jdbc.query("select " + COLUMNS + " from after_sales_case where order_id = ? "
                + "order by case when status = 'OPEN' then 0 else 1 end, created_at desc fetch first 1 rows only",
                ROW, orderId).stream().findFirst();
    }

    public void attachProcess(String caseId, String processInstanceId, String orderId) {
        jdbc.update("update after_sales_case set process_instance_id = ?, order_id = ? where case_id = ?",
                processInstanceId, orderId, caseId);
    }

    /** The order the case is about, as the look-up found it (each look-up replaces the one before). */
    public void lookedUp(String caseId, String orderId, CaseRecord.OrderCheck check) {
        jdbc.update("update after_sales_case set order_id = ?, order_found = ?, order_buyer_matches = ? where case_id = ?",
                orderId, check.found(), check.buyerMatches(), caseId);
    }

    public void assignAgent(String caseId, String agentId) {
        jdbc.update("update after_sales_case set agent_id = ? where case_id = ?", agentId, caseId);
    }

    /** A closed case is worked again (a dispute after closing), by a new process instance of the case. */
    public void reopen(String caseId, String processInstanceId) {
        jdbc.update("update after_sales_case set status = 'OPEN', outcome = null, closed_at = null, "
                + "process_instance_id = ? where case_id = ? and status = 'CLOSED'", processInstanceId, caseId);
    }

    /** Keeps the policy's advice with the case (each recommendation replaces the one before). */
    public void recommend(String caseId, CaseRecord.Recommended advice) {
        jdbc.update("update after_sales_case set recommended_resolution = ?, recommended_eligible = ?, "
                + "recommended_return_required = ?, recommended_remedy = ? where case_id = ?",
                name(advice.resolution()), advice.eligible(), advice.returnRequired(), name(advice.remedy()), caseId);
    }

    public void close(String caseId, Outcome outcome, Instant closedAt) {
        jdbc.update("update after_sales_case set status = 'CLOSED', outcome = ?, closed_at = ? "
                + "where case_id = ? and status = 'OPEN'", outcome == null ? null : outcome.name(), timestamp(closedAt),
                caseId);
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }

    private static Boolean flag(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static CaseRecord.Recommended recommended(ResultSet rs) throws SQLException {
        String resolution = rs.getString("recommended_resolution");
        Boolean eligible = flag(rs, "recommended_eligible");
        Boolean returnRequired = flag(rs, "recommended_return_required");
        String remedy = rs.getString("recommended_remedy");
        if (resolution == null && eligible == null && returnRequired == null && remedy == null) {
            return null;
        }
        return new CaseRecord.Recommended(resolution == null ? null : Resolution.valueOf(resolution), eligible,
                returnRequired, remedy == null ? null : RemedyKind.valueOf(remedy));
    }

    private static CaseRecord.OrderCheck orderCheck(ResultSet rs) throws SQLException {
        Boolean found = flag(rs, "order_found");
        Boolean buyerMatches = flag(rs, "order_buyer_matches");
        return found == null ? null : new CaseRecord.OrderCheck(found, Boolean.TRUE.equals(buyerMatches));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static CaseRecord map(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new CaseRecord(rs.getString("case_id"), rs.getString("process_instance_id"), rs.getString("order_id"),
                rs.getString("buyer_id"), Channel.valueOf(rs.getString("channel")),
                CaseStatus.valueOf(rs.getString("status")), rs.getString("agent_id"),
                outcome == null ? null : Outcome.valueOf(outcome), rs.getString("idempotency_key"),
                rs.getString("created_by"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("closed_at")),
                recommended(rs), orderCheck(rs));
    }
}
