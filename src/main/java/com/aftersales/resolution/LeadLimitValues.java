package com.aftersales.resolution;

import com.aftersales.refund.Money;
import com.aftersales.tasks.FormValueProvider;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The limits no proposal may pass ({@link RemedyLimits#lead()}), as form values for the team lead's own proposal:
 * {@code leadShippingFeeLimit}, {@code leadCouponLimit}, {@code leadRedEnvelopeLimit} ("60.00"), or "—" where the
 * configuration sets none. The same values {@link Approvals#refusals} holds a completion to.
 */
@Component
class LeadLimitValues implements FormValueProvider {

    private static final Map<String, Function<RemedyLimits.Limits, BigDecimal>> LIMITS = Map.of(
            "leadShippingFeeLimit", RemedyLimits.Limits::shippingFee,
            "leadCouponLimit", RemedyLimits.Limits::coupon,
            "leadRedEnvelopeLimit", RemedyLimits.Limits::redEnvelope);

    private final RemedyLimits limits;

    LeadLimitValues(RemedyLimits limits) {
        this.limits = limits;
    }

    @Override
    public Optional<Object> value(String name, VariableScope scope) {
        return Optional.ofNullable(LIMITS.get(name)).map(limit -> limit.apply(limits.lead()))
                .<Object>map(Money::text).or(() -> LIMITS.containsKey(name) ? Optional.of("—") : Optional.empty());
    }
}
