package com.aftersales.casefile;

import com.aftersales.orders.OrderCases;
import org.springframework.stereotype.Component;

/** Tells the order system whether a case refers to an order (whose buyer and amount then stay as they are). */
@Component
class CasesOfOrders implements OrderCases {

    private final CaseRepository cases;

    CasesOfOrders(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public boolean anyFor(String orderId) {
        return cases.latestOfOrder(orderId).isPresent();
    }
}
