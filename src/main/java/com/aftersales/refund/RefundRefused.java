package com.aftersales.refund;

/** A refund that must not be paid (more than is left, not positive, fractions of a fen); no money moves. */
public class RefundRefused extends RuntimeException {

    public RefundRefused(String message) {
        super(message);
    }
}
