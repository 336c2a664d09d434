package com.aftersales.handling;

import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.vocabulary.ReturnCondition;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The shop did not inspect the return in time: like a marketplace, the return counts as accepted. */
@Component("acceptUninspectedReturn")
class AcceptUninspectedReturnDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Var.RETURN_CONDITION.set(execution, ReturnCondition.AS_EXPECTED);
        Var.INSPECTION_NOTE.set(execution, "未在期限内验货，自动确认收货 Not inspected in time: accepted automatically");
    }
}
