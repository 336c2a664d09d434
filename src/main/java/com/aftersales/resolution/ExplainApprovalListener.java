package com.aftersales.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Before a team lead approves a proposal: writes why the approval is asked for, for the approval form. */
@Component("explainApproval")
class ExplainApprovalListener implements ExecutionListener {

    private final Approvals approvals;

    ExplainApprovalListener(Approvals approvals) {
        this.approvals = approvals;
    }

    @Override
    public void notify(DelegateExecution execution) {
        approvals.explain(execution);
    }
}
