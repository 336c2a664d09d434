package com.aftersales.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The two signatures receivers check: the chat webhook's and DingTalk's. */
final class Signatures {

    private Signatures() {
    }

    /** {@code X-AfterSales-Signature}: {@code sha256=} and the lower-case hex HMAC-SHA256 of the raw body. */
    static String webhook(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(hmacSha256(secret, body));
    }

    /** DingTalk's {@code sign}: Base64 of HMAC-SHA256 over "timestamp\nsecret", keyed with the secret (not URL-encoded). */
    static String dingTalk(String secret, long timestampMillis) {
        return Base64.getEncoder().encodeToString(
                hmacSha256(secret, (timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] hmacSha256(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
