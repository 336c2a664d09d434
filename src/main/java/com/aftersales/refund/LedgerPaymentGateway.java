package com.aftersales.refund;

import org.springframework.stereotype.Component;

/**
 * The default gateway of the local mode: no provider behind it, the application's ledger row is the record (the shop
 * pays it out by hand or through the marketplace). It pays at once; asked about a request, it has none.
 */
@Component
public class LedgerPaymentGateway implements PaymentGateway {

    @Override
    public PaymentAnswer pay(PaymentRequest request) {
        return PaymentAnswer.paid(null);
    }

    @Override
    public PaymentAnswer query(String requestNo) {
        return PaymentAnswer.notFound();
    }
}
