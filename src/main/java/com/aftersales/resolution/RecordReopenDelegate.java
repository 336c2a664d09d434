package com.aftersales.resolution;

import com.aftersales.process.AfterSalesCase.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step 7: the buyer was not satisfied; the case is worked again, a bounded number of times. */
@Component("recordReopen")
class RecordReopenDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Var.REOPENS.set(execution, ResolutionRules.count(Var.REOPENS.get(execution)) + 1);
    }
}
