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
        execution.setVariable(Var.REOPENS, CaseRules.count(execution, Var.REOPENS) + 1);
    }
}
