package com.aftersales.handling;

import com.aftersales.process.AfterSalesCase.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Counts each time the case enters handling (the model calls it where a resolution is agreed): a resolution handled
 * again — after a reopen, a withdrawn dispute or a team lead's take-over — is a payment of its own, while a retried
 * step of the same round pays nothing twice.
 */
@Component("countHandlingRound")
class HandlingRoundListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Integer round = Var.HANDLING_ROUND.get(execution);
        Var.HANDLING_ROUND.set(execution, round == null ? 1 : round + 1);
    }
}
