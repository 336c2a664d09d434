package com.aftersales.resolution;

import java.math.BigDecimal;

/** Amounts as forms and engine REST submit them (Double, Long, Integer, text) into exact yuan. */
public final class Money {

    private Money() {
    }

    public static BigDecimal of(Object value) {
        if (value == null || "".equals(value)) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        // Double.toString gives the shortest exact decimal of what was typed (199.9 stays 199.9)
        return new BigDecimal(value.toString().trim());
    }
}
