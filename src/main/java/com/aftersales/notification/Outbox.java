package com.aftersales.notification;

import com.aftersales.vocabulary.Audience;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the outbox: the messages of a case, in the order they were written, with where their delivery stands. */
@Component
public class Outbox {

    private static final String COLUMNS = "select id, case_id, audience, recipient, channel, phrase, body, created_at, "
            + "status, attempts, delivered_at from outbox_message ";

    private final JdbcTemplate jdbc;

    public Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<OutboxMessage> messagesOf(String caseId) {
        return jdbc.query(COLUMNS + "where case_id = ? order by id", Outbox::message, caseId);
    }

    public Optional<OutboxMessage> find(long id) {
        return jdbc.query(COLUMNS + "where id = ?", Outbox::message, id).stream().findFirst();
    }

    private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getString("case_id"),
                Audience.valueOf(rs.getString("audience")), rs.getString("recipient"), rs.getString("channel"),
                Phrase.valueOf(rs.getString("phrase")), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(), DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), toInstant(rs.getTimestamp("delivered_at")));
    }

    private static Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
