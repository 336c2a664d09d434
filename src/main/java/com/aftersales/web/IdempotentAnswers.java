package com.aftersales.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored first answers of requests sent with an {@code Idempotency-Key} (table {@code api_idempotency}). */
@Repository
class IdempotentAnswers {

    record Answer(String requestHash, int status, String contentType, String location, String body) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final IdempotencyProperties properties;

    IdempotentAnswers(JdbcTemplate jdbc, Clock clock, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** The answer given to this caller's key within the retention time, if the request completed. */
    Optional<Answer> find(String caller, String key) {
        return jdbc.query("select request_hash, status, content_type, location, body from api_idempotency "
                        + "where caller = ? and idempotency_key = ? and created_at >= ? and status is not null",
                (rs, row) -> new Answer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                caller, key, oldestKept()).stream().findFirst();
    }

    /**
     * Claims the key for a request, in the caller's transaction: a concurrent request with the same key waits for
     * (or fails on) the primary key until this one commits or rolls back.
     */
    void claim(String caller, String key, String requestHash) {
        jdbc.update("delete from api_idempotency where caller = ? and idempotency_key = ? and created_at < ?",
                caller, key, oldestKept());
        jdbc.update("insert into api_idempotency (caller, idempotency_key, request_hash, created_at) values (?, ?, ?, ?)",
                caller, key, requestHash, Timestamp.from(clock.instant()));
    }

    void complete(String caller, String key, Answer answer) {
        jdbc.update("update api_idempotency set status = ?, content_type = ?, location = ?, body = ? "
                        + "where caller = ? and idempotency_key = ?",
                answer.status(), answer.contentType(), answer.location(), answer.body(), caller, key);
    }

    /** Forgets answers older than the retention time. */
    int purge() {
        return jdbc.update("delete from api_idempotency where created_at < ?", oldestKept());
    }

    private Timestamp oldestKept() {
        return Timestamp.from(clock.instant().minus(properties.retention()));
    }

    Instant now() {
        return clock.instant();
    }
}
