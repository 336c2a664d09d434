package com.aftersales.resolution;

import com.aftersales.process.AfterSalesCase.Var;
import java.math.BigDecimal;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The decisions the case's gateways ask, as {@code ${caseRules.…(execution)}}, with the shop's
 * policy numbers from configuration.
 */
@Component("caseRules")
public class CaseRules {

    static final Set<String> RETURN_BASED = Set.of("RETURN_AND_REFUND", "EXCHANGE", "REPAIR");

    private final PolicyProperties policy;

    public CaseRules(PolicyProperties policy) {
        this.policy = policy;
    }

    /** Compensation above the agent's cap needs a team lead's approval. */
    public boolean needsApproval(DelegateExecution execution) {
        BigDecimal amount = Money.of(execution.getVariable(Var.COMPENSATION_AMOUNT));
        return "PARTIAL_REFUND".equals(execution.getVariable(Var.RESOLUTION)) && amount != null
                && amount.compareTo(policy.agentCompensationCap()) > 0;
    }

    /** The item comes back to the shop before anything else happens. */
    public boolean returnBased(DelegateExecution execution) {
        return RETURN_BASED.contains((String) execution.getVariable(Var.RESOLUTION));
    }

    public boolean counterOffersLeft(DelegateExecution execution) {
        return count(execution, Var.COUNTER_OFFERS) <= policy.maxCounterOffers();
    }

    public boolean reopensLeft(DelegateExecution execution) {
        return count(execution, Var.REOPENS) < policy.maxReopens();
    }

    static int count(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? 0 : ((Number) value).intValue();
    }
}
