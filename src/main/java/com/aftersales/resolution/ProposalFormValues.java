package com.aftersales.resolution;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.Money;
import com.aftersales.refund.Refunds;
import com.aftersales.tasks.FormValueProvider;
import com.aftersales.vocabulary.Labels;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What the proposal forms show that the flow never branches on, computed when the form loads instead of stored as
 * process variables (issue 22: each variable costs a runtime row, its delete and a history row):
 * <ul>
 * <li>the agent's configured limits {@code agentRefundLimit}, {@code agentRefundWithoutReturnLimit},
 *     {@code agentShippingFeeLimit}, {@code agentCouponLimit}, {@code agentRedEnvelopeLimit} ("50.00", "—" where
 *     none is set): the ones {@link Approvals} applies ({@code agentCompensationLimit} stays a variable: the table
 *     and the buyer's tier make it per case);</li>
 * <li>{@code maxCounterOffers}: the configured number, the one {@link ResolutionRules} counts against;</li>
 * <li>{@code refundableAmount}: what may still be paid out of the order now (paid minus the ledger's refunds), so a
 *     form loaded after a payment shows what is really left;</li>
 * <li>the policy's advice kept in the case file ({@link CaseRepository#recommend}): {@code recommendedResolution},
 *     {@code recommendedEligible}, {@code recommendedReturnRequired}, {@code recommendedRemedy}, and the labels
 *     {@code recommendedResolutionLabel}, {@code recommendedRemedyLabel}.</li>
 * </ul>
 * A case that still holds one of these as a variable (started before) shows its own value: a variable wins.
 */
@Component
class ProposalFormValues implements FormValueProvider {

    private static final Map<String, Function<RemedyLimits.Limits, BigDecimal>> AGENT_LIMITS = Map.of(
            "agentRefundLimit", RemedyLimits.Limits::refund,
            "agentRefundWithoutReturnLimit", RemedyLimits.Limits::refundWithoutReturn,
            "agentShippingFeeLimit", RemedyLimits.Limits::shippingFee,
            "agentCouponLimit", RemedyLimits.Limits::coupon,
            "agentRedEnvelopeLimit", RemedyLimits.Limits::redEnvelope);
    static final String MAX_COUNTER_OFFERS = "maxCounterOffers";
    static final String REFUNDABLE_AMOUNT = "refundableAmount";
    private static final Map<String, Function<CaseRecord.Recommended, Object>> ADVICE = Map.of(
            "recommendedResolution", advice -> advice.resolution() == null ? null : advice.resolution().name(),
            "recommendedEligible", CaseRecord.Recommended::eligible,
            "recommendedReturnRequired", CaseRecord.Recommended::returnRequired,
            "recommendedRemedy", advice -> advice.remedy() == null ? null : advice.remedy().name());
    private static final Map<String, Function<CaseRecord.Recommended, Enum<?>>> ADVICE_LABELS = Map.of(
            "recommendedResolutionLabel", CaseRecord.Recommended::resolution,
            "recommendedRemedyLabel", CaseRecord.Recommended::remedy);

    private final RemedyLimits limits;
    private final PolicyProperties policy;
    private final Refunds refunds;
    private final CaseRepository cases;
    private final Labels labels;

    ProposalFormValues(RemedyLimits limits, PolicyProperties policy, Refunds refunds, CaseRepository cases,
                       Labels labels) {
        this.limits = limits;
        this.policy = policy;
        this.refunds = refunds;
        this.cases = cases;
        this.labels = labels;
    }

    @Override
    public Optional<Object> value(String name, VariableScope scope) {
        if (AGENT_LIMITS.containsKey(name)) {
            return Optional.of(Optional.ofNullable(AGENT_LIMITS.get(name).apply(limits.agent()))
                    .<Object>map(Money::text).orElse("—"));
        }
        if (MAX_COUNTER_OFFERS.equals(name)) {
            return Optional.of(policy.maxCounterOffers());
        }
        if (scope == null) {
            return Optional.empty(); // a start form: no order, no case yet
        }
        if (REFUNDABLE_AMOUNT.equals(name)) {
            return Optional.ofNullable(Var.ORDER_ID.get(scope)).map(orderId -> Money.text(refunds.refundable(orderId)));
        }
        if (ADVICE.containsKey(name)) {
            return advice(scope).map(ADVICE.get(name));
        }
        if (ADVICE_LABELS.containsKey(name)) {
            return advice(scope).map(ADVICE_LABELS.get(name)).map(labels::of);
        }
        return Optional.empty();
    }

    private Optional<CaseRecord.Recommended> advice(VariableScope scope) {
        return Optional.ofNullable(Var.CASE_ID.get(scope)).flatMap(cases::find).map(CaseRecord::recommended);
    }
}
