package com.aftersales.resolution;

import com.aftersales.orders.OrderLookup;
import com.aftersales.orders.ShippingRegister;
import com.aftersales.orders.ShopOrder;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.Refunds;
import com.aftersales.vocabulary.IssueType;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 4: asks the resolution policy and puts its recommendation, the money left and the agent's limits (raised by
 * the buyer's tier) into the case.
 */
@Component("recommendResolution")
class RecommendResolutionDelegate implements JavaDelegate {

    private final ResolutionPolicy policy;
    private final OrderLookup orders;
    private final Refunds refunds;
    private final PolicyProperties settings;
    private final TierProperties tiers;
    private final Approvals approvals;
    private final ShippingRegister register;
    private final Clock clock;

    RecommendResolutionDelegate(ResolutionPolicy policy, OrderLookup orders, Refunds refunds, PolicyProperties settings,
                                TierProperties tiers, Approvals approvals, ShippingRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
        this.policy = policy;
        this.orders = orders;
        this.refunds = refunds;
        this.settings = settings;
        this.tiers = tiers;
        this.approvals = approvals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orderId = Var.ORDER_ID.require(execution);
        ShopOrder order = orders.require(orderId);
        IssueType issueType = Var.ISSUE_TYPE.require(execution);
        if (ShippingRegister.MIS_SHIPMENTS.contains(issueType)) { // the warehouse answers for it (DOMAIN.md, "Records")
            register.register(new ShippingRegister.Entry(execution.getProcessBusinessKey(),
                    ShippingRegister.Kind.valueOf(issueType.name()), orderId, order.carrier(), order.trackingNumber(),
                    order.paidAmount(), clock.instant()));
        }
        Recommendation recommendation = policy.recommend(issueType, order.deliveredAt(),
                order.paidAmount(), Var.REQUESTED_OUTCOME.get(execution));
        Var.RECOMMENDED_RESOLUTION.set(execution, recommendation.resolution());
        Var.RECOMMENDED_ELIGIBLE.set(execution, recommendation.eligible());
        Var.RECOMMENDED_RETURN_REQUIRED.set(execution, recommendation.returnRequired());
        Var.RETURN_SHIPPING_PAID_BY.set(execution, recommendation.returnShippingPaidBy());
        Var.RECOMMENDED_ROUTE.set(execution, recommendation.route());
        Var.RECOMMENDED_REMEDY.set(execution, recommendation.remedy());
        Var.BUYER_TIER.set(execution, order.buyerTier());
        approvals.agentLimits(execution, tiers.compensationLimit(recommendation.agentCompensationLimit(), order.buyerTier()));
        Var.REFUNDABLE_AMOUNT.set(execution, refunds.refundable(orderId));
        Var.MAX_COUNTER_OFFERS.set(execution, settings.maxCounterOffers());
        if (Var.COUNTER_OFFERS.get(execution) == null) {
            Var.COUNTER_OFFERS.set(execution, 0);
        }
    }
}
