package com.aftersales.notification;

import com.aftersales.vocabulary.Audience;
import com.aftersales.vocabulary.Channel;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes messages to the outbox table in the case's own transaction: a message exists exactly
 * when the step that sent it committed. The outbox relay ({@code com.aftersales.delivery}) delivers them later,
 * outside this transaction.
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
        // the case's contact channel goes with each message (the chat bridge answers where the buyer asked); a
        // review has no case row: it came from the marketplace's review page
        jdbc.update("insert into outbox_message (case_id, audience, recipient, channel, phrase, body, created_at, status) "
                        + "values (?, ?, ?, coalesce((select c.channel from after_sales_case c where c.case_id = ?), ?), "
                        + "?, ?, ?, ?)",
                caseId, audience.name(), recipient, caseId, Channel.PLATFORM.name(), phrase.name(),
                body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body, Timestamp.from(clock.instant()),
                DeliveryStatus.PENDING.name());
    }
}
