package com.aftersales.refund;

import com.aftersales.vocabulary.RemedyKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A remedy to give: for one case, of one kind, for one purpose (e.g. {@code RETURN_AND_REFUND#1}, {@code DISPUTE}).
 * Case, kind and purpose make the idempotency key: each is given at most once. {@code item} names a gift.
 */
public record RemedyOrder(String caseId, String orderId, RemedyKind kind, String purpose, BigDecimal amount,
                          String item) {

    public RemedyOrder(String caseId, String orderId, RemedyKind kind, String purpose, BigDecimal amount) {
        this(caseId, orderId, kind, purpose, amount, null);
    }

    public String idempotencyKey() {
        return caseId + "/" + kind + "/" + purpose;
    }

    /**
     * The number the outside system sees on every try of this remedy (a provider's out-request number: at most 64
     * letters and digits): derived from the idempotency key, so whoever retries it, on whichever node, sends the same.
     */
    public String requestNo() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(idempotencyKey().getBytes(StandardCharsets.UTF_8));
            return "AS" + HexFormat.of().formatHex(digest, 0, 15);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
