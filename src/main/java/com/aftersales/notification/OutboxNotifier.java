package com.aftersales.notification;

import com.aftersales.vocabulary.Audience;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes messages to the outbox table in the case's own transaction: a message exists exactly
 * when the step that sent it committed. A chat or SMS adapter delivers them and marks them delivered.
 */
@Component
class OutboxNotifier implements Notifier {

    private static final int MAX_BODY = 2000;

    private final JdbcTemplate jdbc;
    private final PhraseBook phrases;
    private final Clock clock;

    OutboxNotifier(JdbcTemplate jdbc, PhraseBook phrases, Clock clock) {
        this.jdbc = jdbc;
        this.phrases = phrases;
        this.clock = clock;
    }

    @Override
    public void send(String caseId, Audience audience, String recipient, Phrase phrase, Map<String, ?> values) {
        String body = phrases.render(phrase, values).message();
        jdbc.update("insert into outbox_message (case_id, audience, recipient, phrase, body, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)",
                caseId, audience.name(), recipient, phrase.name(),
                body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body, Timestamp.from(clock.instant()));
    }
}
