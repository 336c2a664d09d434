package com.aftersales.resolution;

import com.aftersales.orders.OrderLookup;
import com.aftersales.orders.ShopOrder;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.Refunds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step 4: asks the resolution policy and puts its recommendation (and the money left) into the case. */
@Component("recommendResolution")
class RecommendResolutionDelegate implements JavaDelegate {

    private final ResolutionPolicy policy;
    private final OrderLookup orders;
    private final Refunds refunds;
    private final PolicyProperties settings;

    RecommendResolutionDelegate(ResolutionPolicy policy, OrderLookup orders, Refunds refunds, PolicyProperties settings) {
        this.policy = policy;
        this.orders = orders;
        this.refunds = refunds;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orderId = (String) execution.getVariable(Var.ORDER_ID);
        ShopOrder order = orders.find(orderId)
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " was verified but is gone"));
        Recommendation recommendation = policy.recommend((String) execution.getVariable(Var.ISSUE_TYPE),
                order.deliveredAt(), order.paidAmount(), (String) execution.getVariable(Var.REQUESTED_OUTCOME));
        execution.setVariable(Var.RECOMMENDED_RESOLUTION, recommendation.resolution());
        execution.setVariable(Var.RECOMMENDED_ELIGIBLE, recommendation.eligible());
        execution.setVariable(Var.RECOMMENDED_RETURN_REQUIRED, recommendation.returnRequired());
        execution.setVariable(Var.RETURN_SHIPPING_PAID_BY, recommendation.returnShippingPaidBy());
        execution.setVariable(Var.RECOMMENDED_ROUTE, recommendation.route());
        execution.setVariable(Var.AGENT_COMPENSATION_LIMIT, recommendation.agentCompensationLimit().toPlainString());
        execution.setVariable(Var.REFUNDABLE_AMOUNT, refunds.refundable(orderId).toPlainString());
        execution.setVariable(Var.MAX_COUNTER_OFFERS, settings.maxCounterOffers());
        if (execution.getVariable(Var.COUNTER_OFFERS) == null) {
            execution.setVariable(Var.COUNTER_OFFERS, 0);
        }
    }
}
