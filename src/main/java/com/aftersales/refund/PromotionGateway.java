package com.aftersales.refund;

import com.aftersales.vocabulary.RemedyKind;
import java.math.BigDecimal;

/**
 * The marketplace's promotion tools: a shop coupon or a cash red envelope for a buyer. Replace the bean to connect
 * them; the default records them in the ledger for the shop to send by hand. As with payments, the request number is
 * the same on every try and an exception means "ask again later".
 */
public interface PromotionGateway {

    /** @return {@code null} when issued, else why the tools refused it */
    String issue(String requestNo, String buyerId, RemedyKind kind, BigDecimal amount, String reason);
}
