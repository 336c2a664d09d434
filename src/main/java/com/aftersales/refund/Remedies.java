package com.aftersales.refund;

import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.RemedyStatus;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Gives each remedy through the port of its kind ({@link RemedyKind#port()}), exactly once per case, kind and
 * purpose: cash through {@link Refunds}, coupons and red envelopes through the {@link PromotionGateway}, gifts as a
 * line of the warehouse's shipment (issued once the parcel left).
 */
@Service
public class Remedies {

    private final Refunds refunds;
    private final Reservations reservations;
    private final PromotionGateway promotions;
    private final RemedyLedger ledger;

    Remedies(Refunds refunds, Reservations reservations, PromotionGateway promotions, RemedyLedger ledger) {
        this.refunds = refunds;
        this.reservations = reservations;
        this.promotions = promotions;
        this.ledger = ledger;
    }

    /** @param buyerId whom a coupon or red envelope is for */
    public LedgerEntry give(RemedyOrder order, String buyerId) {
        return switch (order.kind().port()) {
            case PAYMENT -> refunds.pay(order);
            case PROMOTION -> promote(order, buyerId);
            case WAREHOUSE -> packed(order);
        };
    }

    private LedgerEntry promote(RemedyOrder order, String buyerId) {
        LedgerEntry entry = reservations.reserve(order, paid -> refunds.checkMoney(order, paid));
        if (entry.settled()) {
            return entry;
        }
        String refusal = promotions.issue(entry.requestNo(), buyerId, entry.kind(), entry.amount(),
                entry.kind() + " " + entry.purpose() + " of case " + entry.caseId());
        return refusal == null ? reservations.settle(entry, RemedyStatus.ISSUED, null, null)
                : reservations.settle(entry, RemedyStatus.FAILED, null, refusal);
    }

    /** A gift is given by the step after the warehouse shipped the parcel it was packed into. */
    private LedgerEntry packed(RemedyOrder order) {
        LedgerEntry entry = reservations.reserve(order, paid -> { });
        return entry.settled() ? entry : reservations.settle(entry, RemedyStatus.ISSUED, null, null);
    }

    /** Every remedy of the case. */
    public List<LedgerEntry> ofCase(String caseId) {
        return ledger.ofCase(caseId);
    }
}
