package com.aftersales.kpi;

import java.math.BigDecimal;

/**
 * One day of the managers' trends, a day in the shop's zone: cases opened and closed that day, deadlines that ran
 * out, the exchange rate and the share of satisfied buyers among the cases closed that day, and the refunds paid.
 * A rate without cases to divide is {@code null}, not 0.
 */
public record TrendDay(String day, long opened, long closed, long breaches, Double exchangeRate, Double satisfied,
                       BigDecimal refundsPaid) {
}
