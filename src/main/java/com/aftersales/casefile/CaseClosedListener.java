package com.aftersales.casefile;

import com.aftersales.process.AfterSalesCase.Var;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Process end listener: however the case's process ends, its record is closed in the same transaction. */
@Component("caseClosed")
class CaseClosedListener implements ExecutionListener {

    private final CaseRepository cases;
    private final Clock clock;

    CaseClosedListener(CaseRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        cases.close(execution.getProcessBusinessKey(), Var.OUTCOME.get(execution), clock.instant());
    }
}
