package com.aftersales.handling;

import com.aftersales.process.AfterSalesCase.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The shop did not inspect the return in time: like a marketplace, the return counts as accepted. */
@Component("acceptUninspectedReturn")
class AcceptUninspectedReturnDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Var.RETURN_CONDITION, "AS_EXPECTED");
        execution.setVariable(Var.INSPECTION_NOTE, "未在期限内验货，自动确认收货 Not inspected in time: accepted automatically");
    }
}
