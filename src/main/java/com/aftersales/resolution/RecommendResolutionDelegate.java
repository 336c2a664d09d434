package com.aftersales.resolution;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.orders.OrderLookup;
import com.aftersales.orders.ShippingRegister;
import com.aftersales.orders.ShopOrder;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.vocabulary.IssueType;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 4: asks the resolution policy; what the flow branches on (the route, who pays return shipping, the agent's
 * compensation limit raised by the buyer's tier) goes into the process, the rest of the advice into the case file
 * ({@link CaseRepository#recommend}). The forms get that advice, the money left and the configured limits as form
 * values ({@link ProposalFormValues}), never stored as variables (issue 22: each variable costs rows).
 */
@Component("recommendResolution")
class RecommendResolutionDelegate implements JavaDelegate {

    private final ResolutionPolicy policy;
    private final OrderLookup orders;
    private final CaseRepository cases;
    private final TierProperties tiers;
    private final Approvals approvals;
    private final ShippingRegister register;
    private final Clock clock;

    RecommendResolutionDelegate(ResolutionPolicy policy, OrderLookup orders, CaseRepository cases, TierProperties tiers,
                                Approvals approvals, ShippingRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
        this.policy = policy;
        this.orders = orders;
        this.cases = cases;
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
        cases.recommend(execution.getProcessBusinessKey(), new CaseRecord.Recommended(recommendation.resolution(),
                recommendation.eligible(), recommendation.returnRequired(), recommendation.remedy()));
        Var.RETURN_SHIPPING_PAID_BY.set(execution, recommendation.returnShippingPaidBy());
        Var.RECOMMENDED_ROUTE.set(execution, recommendation.route());
        Var.BUYER_TIER.set(execution, order.buyerTier());
        approvals.agentLimits(execution, tiers.compensationLimit(recommendation.agentCompensationLimit(), order.buyerTier()));
        if (Var.COUNTER_OFFERS.get(execution) == null) {
            Var.COUNTER_OFFERS.set(execution, 0);
        }
    }
}
