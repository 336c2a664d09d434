package com.aftersales.resolution;

import com.aftersales.process.AfterSalesCase.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step 5: the buyer countered; counts the rounds so that a team lead decides after the last one. */
@Component("recordCounterOffer")
class RecordCounterOfferDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Var.COUNTER_OFFERS.set(execution, ResolutionRules.count(Var.COUNTER_OFFERS.get(execution)) + 1);
    }
}
