package com.aftersales.orders;

/** Whether an after-sales case refers to an order: the case file answers, the order system asks. */
public interface OrderCases {

    boolean anyFor(String orderId);
}
