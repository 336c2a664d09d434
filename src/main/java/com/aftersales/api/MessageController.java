package com.aftersales.api;

import com.aftersales.delivery.MessageResend;
import com.aftersales.notification.Outbox;
import com.aftersales.notification.OutboxMessage;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Messages on their own: a manager or administrator sends a failed one again. */
@RestController
@RequestMapping(path = "/api/messages", produces = "application/json")
class MessageController {

    private final MessageResend resend;
    private final Outbox outbox;

    MessageController(MessageResend resend, Outbox outbox) {
        this.resend = resend;
        this.outbox = outbox;
    }

    @Operation(summary = "Send a FAILED message again (managers, administrators)",
            description = "202 with the message, PENDING again with its attempts reset and the same message id; a "
                    + "message already pending answers 202 as well (nothing changes, so a repeated call answers as the "
                    + "first did); 409 for a delivered message; 404 unknown.")
    @PostMapping("/{messageId}/resend")
    ResponseEntity<OutboxMessage> resend(@PathVariable long messageId) {
        MessageResend.Result result = resend.resend(messageId)
                .orElseThrow(() -> new UnknownMessageException(messageId));
        if (result == MessageResend.Result.ALREADY_DELIVERED) {
            throw new MessageDeliveredException(messageId);
        }
        return ResponseEntity.accepted().body(outbox.find(messageId).orElseThrow());
    }
}
