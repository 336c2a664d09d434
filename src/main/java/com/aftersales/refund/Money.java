package com.aftersales.refund;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Yuan, exact: amounts as forms and engine REST submit them (numbers or text), and as people read them. */
public final class Money {

    private Money() {
    }

    /**
     * The exact amount a form or engine REST submitted: a {@code Double} is read by its shortest decimal
     * ({@code Double.toString}), which is what was typed (199.9 stays 199.9); text as written. {@code null} and
     * the empty text of an untouched form field are no amount.
     *
     * @throws NumberFormatException for anything that is not a number
     */
    public static BigDecimal of(Object value) {
        if (value == null || "".equals(value)) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Boolean) {
            throw new NumberFormatException("not an amount: " + value);
        }
        return new BigDecimal(value.toString().trim());
    }

    /** Whether the amount is in whole fen (分): at most two decimals. */
    public static boolean inFen(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 2;
    }

    /** "12.50": two decimals, as stored in process variables and shown to people. */
    public static String text(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
