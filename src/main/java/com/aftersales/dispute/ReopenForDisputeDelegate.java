package com.aftersales.dispute;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.Variable;
import com.aftersales.tasks.ModelInputRefused;
import com.aftersales.vocabulary.DisputeTrigger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * A dispute on a closed case (DisputeOpened with the case's id as business key, through the domain API or engine
 * REST) reopens it: the new instance of the case takes over what the closed one knew — the order, the problem, the
 * resolution and its money, the agent — and the case's row is open again, at step DISPUTE. Refused, and nothing
 * started, when the case takes no dispute ({@link AfterCloseDisputes}).
 */
@Component("reopenForDispute")
class ReopenForDisputeDelegate implements JavaDelegate {

    /** What the closed instance decided about its own ending, which the reopened case decides anew. */
    private static final Set<String> NOT_CARRIED = Set.of(Var.OUTCOME.name(), Var.CLOSING_OUTCOME.name(),
            Var.PHRASE.name(), Var.DISPUTE_OUTCOME.name(), Var.DISPUTE_TRIGGER.name(), Var.DISPUTE_HELD.name(),
            Var.DISPUTE_OPENED_BY.name(), Var.DISPUTE_REASON.name(), Var.FOLLOW_UP_ANSWERED.name(),
            Var.SATISFIED.name(), Var.SATISFACTION_SCORE.name(), Var.CUSTOMER_DECISION.name());

    private final CaseRepository cases;
    private final AfterCloseDisputes afterClose;
    private final HistoryService history;

    ReopenForDisputeDelegate(CaseRepository cases, AfterCloseDisputes afterClose, HistoryService history) {
        this.cases = cases;
        this.afterClose = afterClose;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = execution.getProcessBusinessKey();
        CaseRecord record = Optional.ofNullable(caseId).flatMap(cases::find).orElseThrow(() ->
                ModelInputRefused.businessKey("DisputeOpened starts a dispute on a closed case: give the case's id as "
                        + "the business key (no case '" + caseId + "')"));
        afterClose.refusal(record).ifPresent(refusal -> {
            throw ModelInputRefused.businessKey(refusal);
        });
        List<String> missing = Stream.of(Var.DISPUTE_OPENED_BY, Var.DISPUTE_REASON)
                .filter(variable -> variable.get(execution) == null).map(Variable::name).toList();
        if (!missing.isEmpty()) {
            throw ModelInputRefused.variables("DisputeOpened on a closed case needs the variables "
                    + Var.DISPUTE_OPENED_BY.name() + " and " + Var.DISPUTE_REASON.name(), missing.toArray(String[]::new));
        }
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(record.processInstanceId()).disableCustomObjectDeserialization().list()) {
            // a task's own variables (its card) may share the instance's execution, but are not the case's
            boolean instanceScope = record.processInstanceId().equals(variable.getExecutionId())
                    && variable.getTaskId() == null;
            if (instanceScope && !NOT_CARRIED.contains(variable.getName()) && !execution.hasVariable(variable.getName())) {
                execution.setVariable(variable.getName(), variable.getTypedValue());
            }
        }
        Var.DISPUTE_TRIGGER.set(execution, DisputeTrigger.COMPLAINT);
        cases.reopen(caseId, execution.getProcessInstanceId());
    }
}
