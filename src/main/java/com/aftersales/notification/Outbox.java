package com.aftersales.notification;

import com.aftersales.vocabulary.Audience;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the outbox: the messages of a case, in the order they were written. */
@Component
public class Outbox {

    private final JdbcTemplate jdbc;

    public Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<OutboxMessage> messagesOf(String caseId) {
        return jdbc.query("select id, case_id, audience, recipient, phrase, body, created_at, delivered_at "
                        + "from outbox_message where case_id = ? order by id",
                (rs, row) -> new OutboxMessage(rs.getLong("id"), rs.getString("case_id"),
                        Audience.valueOf(rs.getString("audience")), rs.getString("recipient"),
                        Phrase.valueOf(rs.getString("phrase")), rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant(), toInstant(rs.getTimestamp("delivered_at"))),
                caseId);
    }

    private static java.time.Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
