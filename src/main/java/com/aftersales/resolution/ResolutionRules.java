package com.aftersales.resolution;

import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.Proposal;
import com.aftersales.refund.Refunds;
import com.aftersales.vocabulary.RequestedOutcome;
import com.aftersales.vocabulary.Resolution;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The decisions the case's gateways ask about the agreed resolution and the shop's policy, as
 * {@code ${resolutions.…(execution)}}: what a resolution means is {@link Resolution}'s to say, the numbers are the
 * shop's configuration, and no model keeps a list of codes of its own.
 */
@Component("resolutions")
public class ResolutionRules {

    private final PolicyProperties policy;
    private final Refunds refunds;

    public ResolutionRules(PolicyProperties policy, Refunds refunds) {
        this.policy = policy;
        this.refunds = refunds;
    }

    /**
     * The shop let its response time pass on a refund request: the marketplace agrees such a request by itself when
     * what the order can still refund is within the shop's automatic limit.
     */
    public boolean agreesAutomatically(DelegateExecution execution) {
        BigDecimal refundable = refunds.refundable(Var.ORDER_ID.require(execution));
        return Var.REQUESTED_OUTCOME.get(execution) == RequestedOutcome.REFUND && refundable.signum() > 0
                && refundable.compareTo(policy.autoRefundLimit()) <= 0;
    }

    /** The agreed proposal gives something beside its resolution's own money (a shipping fee, a coupon, a gift …). */
    public boolean givesRemedies(DelegateExecution execution) {
        return Proposal.of(execution).givesRemedies();
    }

    /** The item comes back to the shop before anything else happens. */
    public boolean returnsGoods(DelegateExecution execution) {
        return Var.RESOLUTION.require(execution).returnsGoods();
    }

    /** The resolution pays the buyer (after the return, where the goods come back). */
    public boolean pays(DelegateExecution execution) {
        return Var.RESOLUTION.require(execution).pays();
    }

    /** The warehouse ships an item (after the return, where the goods come back). */
    public boolean shipsItem(DelegateExecution execution) {
        return Var.RESOLUTION.require(execution).shipsItem();
    }

    /** The returned item is repaired. */
    public boolean repairs(DelegateExecution execution) {
        return Var.RESOLUTION.require(execution).repairs();
    }

    public boolean counterOffersLeft(DelegateExecution execution) {
        return count(Var.COUNTER_OFFERS.get(execution)) <= policy.maxCounterOffers();
    }

    public boolean reopensLeft(DelegateExecution execution) {
        return count(Var.REOPENS.get(execution)) < policy.maxReopens();
    }

    static int count(Integer value) {
        return value == null ? 0 : value;
    }
}
