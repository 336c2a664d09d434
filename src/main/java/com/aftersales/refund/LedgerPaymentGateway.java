package com.aftersales.refund;

import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The default gateway: the refund is recorded in the ledger (the shop pays it out by hand or
 * through the marketplace). The ledger's unique key makes a second payment with the same key impossible.
 */
@Component
public class LedgerPaymentGateway implements PaymentGateway {

    private final RefundLedger ledger;
    private final Clock clock;

    public LedgerPaymentGateway(RefundLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public RefundReceipt refund(RefundOrder order, String idempotencyKey) {
        return ledger.findByKey(idempotencyKey).orElseGet(() -> ledger.insertPaid(order, idempotencyKey, clock.instant()));
    }
}
