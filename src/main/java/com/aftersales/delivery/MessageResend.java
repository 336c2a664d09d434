package com.aftersales.delivery;

import com.aftersales.notification.DeliveryStatus;
import com.aftersales.notification.Outbox;
import com.aftersales.notification.OutboxMessage;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager or administrator sends a {@code FAILED} message again (say, once the chat system is back): it is
 * {@code PENDING} with all its attempts again, with the same message id, so a receiver that did get it after all
 * drops the repeat. Asking again for a message already pending changes nothing; a delivered one is not sent twice.
 */
@Component
public class MessageResend {

    public enum Result { RESENT, ALREADY_PENDING, ALREADY_DELIVERED }

    private final JdbcTemplate jdbc;
    private final Outbox outbox;

    MessageResend(JdbcTemplate jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** Empty for an unknown message. */
    @Transactional
    public Optional<Result> resend(long messageId) {
        int resent = jdbc.update("update outbox_message set status = ?, attempts = 0, next_attempt_at = null "
                        + "where id = ? and status = ?", DeliveryStatus.PENDING.name(), messageId,
                DeliveryStatus.FAILED.name());
        if (resent == 1) {
            return Optional.of(Result.RESENT);
        }
        return outbox.find(messageId).map(OutboxMessage::status)
                .map(status -> status == DeliveryStatus.DELIVERED ? Result.ALREADY_DELIVERED : Result.ALREADY_PENDING);
    }
}
