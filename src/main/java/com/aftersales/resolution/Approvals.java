package com.aftersales.resolution;

import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.Proposal;
import com.aftersales.process.Variable;
import com.aftersales.refund.Money;
import com.aftersales.refund.Refunds;
import com.aftersales.vocabulary.Labels;
import com.aftersales.vocabulary.Language;
import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.Resolution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The rules of what a proposal may give, in one place: what nobody may give ({@link #refusals}: the money rule, the
 * lead limits, a gift without a parcel, return shipping without a return) and what an agent may not give alone
 * ({@link #aboveAgentLimits}). The agent's compensation limit is the case's variable, set by the recommendation
 * ({@link #agentLimits}) from the decision table and the buyer's tier; the other limits are the configured ones
 * (a case recommended before they were read from configuration keeps its own variable). The proposal form shows
 * the same values ({@link ProposalFormValues}) that decide whether a team lead approves. Read by the models as
 * {@code ${approvals.…}}.
 */
@Component("approvals")
public class Approvals {

    private final RemedyLimits limits;
    private final PolicyProperties policy;
    private final Refunds refunds;
    private final Labels labels;

    Approvals(RemedyLimits limits, PolicyProperties policy, Refunds refunds, Labels labels) {
        this.limits = limits;
        this.policy = policy;
        this.refunds = refunds;
        this.labels = labels;
    }

    /**
     * Writes the agent's compensation limit of this case ({@code compensationLimit}: the table's, already raised by
     * tier). The other limits are configuration, the same for every case: the forms compute them, nothing is stored.
     */
    void agentLimits(VariableScope scope, BigDecimal compensationLimit) {
        Var.AGENT_COMPENSATION_LIMIT.set(scope, compensationLimit);
    }

    /** Why the proposal may not be given at all, by anyone: each as {@code field: problem}. */
    public List<String> refusals(Proposal proposal, String orderId) {
        List<String> problems = new ArrayList<>(proposal.problems());
        Resolution resolution = proposal.resolution();
        BigDecimal fromPaid = BigDecimal.ZERO;
        for (Map.Entry<RemedyKind, BigDecimal> given : proposal.amounts().entrySet()) {
            RemedyKind kind = given.getKey();
            BigDecimal amount = given.getValue();
            String field = Proposal.field(kind);
            if (kind.fromPaid()) {
                fromPaid = fromPaid.add(amount);
                refunds.problem(orderId, amount).ifPresent(problem -> problems.add(field + ": " + problem));
            } else {
                Refunds.amountProblem(amount).ifPresent(problem -> problems.add(field + ": " + problem));
            }
            BigDecimal leadLimit = limit(limits.lead(), kind);
            if (leadLimit != null && amount.compareTo(leadLimit) > 0) {
                problems.add(field + ": " + Money.text(amount) + " yuan is more than the " + Money.text(leadLimit)
                        + " yuan any proposal may give as " + labels.of(kind, Language.EN));
            }
        }
        BigDecimal refundable = refunds.refundable(orderId);
        if (proposal.amounts().keySet().stream().filter(RemedyKind::fromPaid).count() > 1
                && fromPaid.compareTo(refundable) > 0) {
            problems.add(Proposal.field(RemedyKind.RED_ENVELOPE) + ": " + Money.text(fromPaid)
                    + " yuan together is more than the " + Money.text(refundable)
                    + " yuan that can still be refunded for order " + orderId);
        }
        if (proposal.amount(RemedyKind.SHIPPING_FEE) != null && (resolution == null || !resolution.returnsGoods())) {
            problems.add(Var.SHIPPING_FEE_AMOUNT.name()
                    + ": the shop pays back the return shipping only when the goods come back");
        }
        // without a resolution (an apology for a late shipment) the gift travels in the order's own parcel
        if (proposal.giftItem() != null && resolution != null && !resolution.shipsItem()) {
            problems.add(Var.GIFT_ITEM.name()
                    + ": a gift travels in the parcel the warehouse ships: choose a resolution that ships an item");
        }
        return problems;
    }

    /** Each amount above what the agent may give alone, in words (Chinese, then English). */
    public List<String> aboveAgentLimits(Proposal proposal, VariableScope scope) {
        return List.copyOf(aboveAgentLimitsByKind(proposal, scope).values());
    }

    /** The same, by the kind of money that is above the agent's limit. */
    public Map<RemedyKind, String> aboveAgentLimitsByKind(Proposal proposal, VariableScope scope) {
        Map<RemedyKind, String> reasons = new java.util.LinkedHashMap<>();
        for (Map.Entry<RemedyKind, BigDecimal> given : proposal.amounts().entrySet()) {
            RemedyKind kind = given.getKey();
            BigDecimal limit = agentLimit(kind, proposal.resolution(), scope);
            if (limit != null && given.getValue().compareTo(limit) > 0) {
                String what = kind == RemedyKind.REFUND && !proposal.resolution().returnsGoods()
                        ? "不退货的退款 refund without return" : labels.of(kind);
                reasons.put(kind, what + " " + Money.text(given.getValue()) + " 元 > 客服上限 agent's limit "
                        + Money.text(limit) + " 元");
            }
        }
        return reasons;
    }

    /** The gateway after a proposal: does a team lead approve it first? */
    public boolean needsApproval(DelegateExecution execution) {
        return !aboveAgentLimits(Proposal.of(execution), execution).isEmpty();
    }

    /** Before the team lead's approval: why it is asked for, for the approval form. */
    public void explain(DelegateExecution execution) {
        Var.APPROVAL_REASONS.set(execution, String.join("；", aboveAgentLimits(Proposal.of(execution), execution)));
    }

    /** The agent's limit for {@code kind} in this case; {@code null}: none. */
    private BigDecimal agentLimit(RemedyKind kind, Resolution resolution, VariableScope scope) {
        return switch (kind) {
            case REFUND -> resolution != null && resolution.returnsGoods()
                    ? limit(scope, Var.AGENT_REFUND_LIMIT, limits.agent().refund())
                    : limit(scope, Var.AGENT_REFUND_WITHOUT_RETURN_LIMIT, limits.agent().refundWithoutReturn());
            case COMPENSATION -> limit(scope, Var.AGENT_COMPENSATION_LIMIT, policy.agentCompensationCap());
            case SHIPPING_FEE -> limit(scope, Var.AGENT_SHIPPING_FEE_LIMIT, limits.agent().shippingFee());
            case COUPON -> limit(scope, Var.AGENT_COUPON_LIMIT, limits.agent().coupon());
            case RED_ENVELOPE -> limit(scope, Var.AGENT_RED_ENVELOPE_LIMIT, limits.agent().redEnvelope());
            case GIFT -> null;
        };
    }

    /**
     * The case's own limit where it has one (the compensation limit; the others in cases recommended before issue 22
     * stopped storing them), else the configured one.
     */
    private static BigDecimal limit(VariableScope scope, Variable<BigDecimal> variable, BigDecimal configured) {
        BigDecimal own = variable.get(scope);
        return own != null ? own : configured;
    }

    private static BigDecimal limit(RemedyLimits.Limits limits, RemedyKind kind) {
        return switch (kind) {
            case REFUND -> limits.refund();
            case SHIPPING_FEE -> limits.shippingFee();
            case COUPON -> limits.coupon();
            case RED_ENVELOPE -> limits.redEnvelope();
            case COMPENSATION, GIFT -> null;
        };
    }
}
