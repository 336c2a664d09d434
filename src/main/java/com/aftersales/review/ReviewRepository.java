package com.aftersales.review;

import com.aftersales.vocabulary.CaseStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import com.aftersales.routing.AgentRecords;
import com.aftersales.vocabulary.ReviewRating;
import com.aftersales.vocabulary.RevisedRating;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The review_case table. */
@Repository
public class ReviewRepository {

    private static final String COLUMNS = "review_id, order_id, buyer_id, rating, review_text, case_id, status, revised, "
            + "revised_rating, public_reply, agent_id, idempotency_key, created_by, created_at, closed_at";

    private final JdbcTemplate jdbc;

    public ReviewRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers a review unless it is there already (a retried or repeated start). */
    public void insertIfAbsent(String reviewId, String orderId, String buyerId, ReviewRating rating, String text,
                               String idempotencyKey, String createdBy, Instant createdAt) {
        jdbc.update("insert into review_case (review_id, order_id, buyer_id, rating, review_text, status, "
                        + "idempotency_key, created_by, created_at) select ?, ?, ?, ?, ?, 'OPEN', ?, ?, ? "
                        + "where not exists (select 1 from review_case where review_id = ?)",
                reviewId, orderId, buyerId, rating.name(), text, idempotencyKey, createdBy, Timestamp.from(createdAt), reviewId);
    }

    public Optional<ReviewRecord> find(String reviewId) {
        return jdbc.query("select " + COLUMNS + " from review_case where review_id = ?", ReviewRepository::map, reviewId)
                .stream().findFirst();
    }

    public Optional<ReviewRecord> findByIdempotencyKey(String key) {
        return jdbc.query("select " + COLUMNS + " from review_case where idempotency_key = ?", ReviewRepository::map, key)
                .stream().findFirst();
    }

    public void linkCase(String reviewId, String caseId) {
        jdbc.update("update review_case set case_id = ? where review_id = ?", caseId, reviewId);
    }

    public void recordReply(String reviewId, String reply) {
        jdbc.update("update review_case set public_reply = ? where review_id = ?", reply, reviewId);
    }

    public void recordRevision(String reviewId, RevisedRating revisedRating) {
        jdbc.update("update review_case set revised_rating = ? where review_id = ?", revisedRating.name(), reviewId);
    }

    public void assignAgent(String reviewId, String agentId) {
        jdbc.update("update review_case set agent_id = ? where review_id = ?", agentId, reviewId);
    }

    /** The agent of the buyer's open review case, else of the buyer's most recent one. */
    Optional<AgentRecords.Assignment> agentOfBuyer(String buyerId, String exceptReviewId) {
        return jdbc.query("select agent_id, status, created_at from review_case where buyer_id = ? and review_id <> ? "
                        + "and agent_id is not null order by case when status = 'OPEN' then 0 else 1 end, created_at desc "
                        + "fetch first 1 rows only",
                (rs, row) -> new AgentRecords.Assignment(rs.getString(1), "OPEN".equals(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()), buyerId, exceptReviewId).stream().findFirst();
    }

    public void close(String reviewId, boolean revised, Instant closedAt) {
        jdbc.update("update review_case set status = 'CLOSED', revised = ?, closed_at = ? "
                + "where review_id = ? and status = 'OPEN'", revised, Timestamp.from(closedAt), reviewId);
    }

    private static ReviewRecord map(ResultSet rs, int row) throws SQLException {
        Object revised = rs.getObject("revised");
        String revisedRating = rs.getString("revised_rating");
        return new ReviewRecord(rs.getString("review_id"), rs.getString("order_id"), rs.getString("buyer_id"),
                ReviewRating.valueOf(rs.getString("rating")), rs.getString("review_text"), rs.getString("case_id"),
                CaseStatus.valueOf(rs.getString("status")), revised == null ? null : rs.getBoolean("revised"),
                revisedRating == null ? null : RevisedRating.valueOf(revisedRating), rs.getString("public_reply"),
                rs.getString("agent_id"), rs.getString("idempotency_key"),
                rs.getString("created_by"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("closed_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
