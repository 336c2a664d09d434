package com.aftersales.refund;

/**
 * The payment provider's answer.
 *
 * @param reference the provider's own number for the payment (for reconciliation), when it gave one
 * @param reason    why it refused, as it said
 */
public record PaymentAnswer(Outcome outcome, String reference, String reason) {

    public enum Outcome {
        /** The money moved ("fund changed"). */
        PAID,
        /** It will not pay this request (e.g. the trade is closed); nothing moved. */
        REFUSED,
        /** Accepted but not known yet (processing, or the answer was lost): ask again later. */
        UNKNOWN,
        /** (query only) No such request arrived: it may be sent again with the same number. */
        NOT_FOUND
    }

    public static PaymentAnswer paid(String reference) {
        return new PaymentAnswer(Outcome.PAID, reference, null);
    }

    public static PaymentAnswer refused(String reason) {
        return new PaymentAnswer(Outcome.REFUSED, null, reason);
    }

    public static PaymentAnswer unknown() {
        return new PaymentAnswer(Outcome.UNKNOWN, null, null);
    }

    public static PaymentAnswer notFound() {
        return new PaymentAnswer(Outcome.NOT_FOUND, null, null);
    }
}
