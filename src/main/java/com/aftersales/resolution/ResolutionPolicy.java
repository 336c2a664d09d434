package com.aftersales.resolution;

import com.aftersales.process.DeadlineProperties;
import com.aftersales.vocabulary.IssueType;
import com.aftersales.vocabulary.PolicyRoute;
import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.RequestedOutcome;
import com.aftersales.vocabulary.Resolution;
import com.aftersales.vocabulary.ShippingPayer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Asks the decision table {@code resolution-policy} for a recommendation, with the shop's policy
 * numbers from configuration and the days since delivery counted on the shop's calendar.
 */
@Service
public class ResolutionPolicy {

    public static final String DECISION_KEY = "resolution-policy";

    private final DecisionService decisions;
    private final PolicyProperties policy;
    private final DeadlineProperties deadlines;
    private final Clock clock;

    public ResolutionPolicy(DecisionService decisions, PolicyProperties policy, DeadlineProperties deadlines, Clock clock) {
        this.decisions = decisions;
        this.policy = policy;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public Recommendation recommend(IssueType issueType, Instant deliveredAt, BigDecimal paidAmount,
                                    RequestedOutcome requestedOutcome) {
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(inputs(issueType.name(), daysSinceDelivery(deliveredAt), paidAmount,
                        requestedOutcome == null ? null : requestedOutcome.name()))
                .evaluate().getSingleResult();
        if (result == null) {
            throw new IllegalStateException("resolution-policy has no rule for issue type " + issueType);
        }
        return toRecommendation(result.getEntryMap());
    }

    /**
     * Whole days between the day of delivery and today: the 7-day window "from the day after
     * delivery" is open while this is at most 7. Empty while the parcel is in transit.
     */
    public Integer daysSinceDelivery(Instant deliveredAt) {
        if (deliveredAt == null) {
            return null;
        }
        LocalDate delivered = LocalDate.ofInstant(deliveredAt, clock.getZone());
        return (int) ChronoUnit.DAYS.between(delivered, LocalDate.now(clock));
    }

    VariableMap inputs(String issueType, Integer daysSinceDelivery, BigDecimal paidAmount, String requestedOutcome) {
        return Variables.createVariables()
                .putValue("issueType", issueType)
                .putValue("daysSinceDelivery", daysSinceDelivery)
                .putValue("paidAmount", paidAmount == null ? null : paidAmount.doubleValue())
                .putValue("requestedOutcome", requestedOutcome)
                .putValue("noReasonWindowDays", deadlines.noReasonReturnWindow().toDays())
                .putValue("lowValueThreshold", policy.lowValueThreshold().doubleValue())
                .putValue("agentCap", policy.agentCompensationCap().doubleValue());
    }

    static Recommendation toRecommendation(Map<String, Object> entries) {
        Object limit = entries.get("agentCompensationLimit");
        return new Recommendation(code(Resolution.class, entries.get("resolution")),
                Boolean.TRUE.equals(entries.get("eligible")), Boolean.TRUE.equals(entries.get("returnRequired")),
                code(ShippingPayer.class, entries.get("returnShippingPaidBy")), code(PolicyRoute.class, entries.get("route")),
                limit == null ? BigDecimal.ZERO : new BigDecimal(limit.toString()).setScale(2, RoundingMode.HALF_UP),
                code(RemedyKind.class, entries.get("remedy")));
    }

    /** An output of the table as a code of the vocabulary: a code the vocabulary lacks is a broken table. */
    private static <E extends Enum<E>> E code(Class<E> type, Object output) {
        return output == null || "".equals(output) ? null : Enum.valueOf(type, output.toString());
    }
}
