package com.aftersales.vocabulary;

/**
 * What a case gives the buyer (contract: {@code remedies[].kind}), and how each kind is issued. Every kind is issued
 * at most once per case and purpose. Cash kinds go through the payment port; what they pay out of the order
 * ({@link #fromPaid()}) never exceeds what the buyer paid; the shipping fee the shop owes is paid on top of it.
 */
public enum RemedyKind {
    /** Money back for the goods. */
    REFUND(Port.PAYMENT, true),
    /** Money for the buyer's trouble; the goods stay with the buyer (部分退款/补偿). */
    COMPENSATION(Port.PAYMENT, true),
    /** The shipping the shop owes the buyer (运费), e.g. the return shipping of a defective item; on top of the price. */
    SHIPPING_FEE(Port.PAYMENT, false),
    /** A shop coupon (优惠券) for the next order: not cash, not out of the order's money. */
    COUPON(Port.PROMOTION, false),
    /** A cash red envelope (现金红包): cash, out of the order's money. */
    RED_ENVELOPE(Port.PROMOTION, true),
    /** A small gift (小礼品) packed into the parcel the warehouse ships. */
    GIFT(Port.WAREHOUSE, false);

    /** Through which outside system a kind is issued. */
    public enum Port {
        /** The payment provider: cash to the buyer's account (PENDING → PAID). */
        PAYMENT,
        /** The marketplace's promotion tools: coupons and red envelopes (PENDING → ISSUED). */
        PROMOTION,
        /** A line on the warehouse's shipment (PENDING → ISSUED once shipped). */
        WAREHOUSE
    }

    private final Port port;
    private final boolean fromPaid;

    RemedyKind(Port port, boolean fromPaid) {
        this.port = port;
        this.fromPaid = fromPaid;
    }

    public Port port() {
        return port;
    }

    /** Whether it is paid out of what the buyer paid for the order (so it counts against the refundable amount). */
    public boolean fromPaid() {
        return fromPaid;
    }

    /** Cash to the buyer (the case view's {@code refunds}). */
    public boolean cash() {
        return port == Port.PAYMENT || this == RED_ENVELOPE;
    }
}
