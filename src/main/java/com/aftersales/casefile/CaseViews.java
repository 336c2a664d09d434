package com.aftersales.casefile;

import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.ModelSteps;
import com.aftersales.refund.LedgerEntry;
import com.aftersales.refund.RemedyLedger;
import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.vocabulary.Step;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Builds the case view from where the case actually is: its record, the process instance's
 * active elements (their step, {@link ModelSteps}), its pending timers and its variables.
 */
@Service
public class CaseViews {

    private final CaseRepository cases;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final OpenDeadlines openDeadlines;
    private final HistoryService history;
    private final RemedyLedger ledger;
    private final Map<String, ModelSteps> stepsByDefinition = new java.util.concurrent.ConcurrentHashMap<>();

    public CaseViews(CaseRepository cases, RuntimeService runtime, RepositoryService repository,
                     OpenDeadlines openDeadlines, HistoryService history, RemedyLedger ledger) {
        this.cases = cases;
        this.runtime = runtime;
        this.repository = repository;
        this.openDeadlines = openDeadlines;
        this.history = history;
        this.ledger = ledger;
    }

    public Optional<CaseView> find(String caseId) {
        return cases.find(caseId).map(this::view);
    }

    public List<CaseView> search(String buyerId, CaseStatus status, int limit) {
        return cases.search(buyerId, status, limit).stream().map(this::view).toList();
    }

    public CaseView view(CaseRecord record) {
        return view(record, record.status() == CaseStatus.OPEN && record.processInstanceId() != null
                ? runtime.createProcessInstanceQuery().processInstanceId(record.processInstanceId()).singleResult()
                : null);
    }

    /**
     * The view of a case whose process instance the caller holds already (it has just started it, in the same
     * transaction): no query for the instance.
     */
    public CaseView view(CaseRecord record, ProcessInstance current) {
        Map<String, Object> variables = variables(record.processInstanceId());
        ProcessInstance instance = record.status() == CaseStatus.OPEN && current != null && !current.isEnded()
                ? current : null;
        Step step = instance == null ? (record.status() == CaseStatus.CLOSED ? Step.CLOSED : Step.INQUIRY)
                : currentStep(instance);
        List<CaseView.OpenDeadline> deadlines = instance == null ? List.of() : openDeadlines.of(instance);
        List<LedgerEntry> remedies = ledger.ofCase(record.caseId());
        return new CaseView(record.caseId(), record.orderId(), record.buyerId(), record.status(), step,
                Var.ISSUE_TYPE.from(variables), recommendation(record, variables), Var.RESOLUTION.from(variables),
                record.outcome() != null ? record.outcome() : Var.OUTCOME.from(variables),
                record.agentId(), deadlines, remedies.stream().filter(remedy -> remedy.kind().cash())
                        .map(remedy -> new CaseView.Refund(remedy.amount(), remedy.status().name())).toList(),
                remedies.stream().map(remedy -> new CaseView.Remedy(remedy.kind(), remedy.amount(), remedy.status(),
                        remedy.item())).toList(),
                Var.AGREED_AUTOMATICALLY.from(variables), Var.FOLLOW_UP_ANSWERED.from(variables),
                record.createdAt(), record.closedAt());
    }

    /**
     * The policy's advice once the problem is confirmed; empty before. The case file keeps it; a case recommended
     * before it did (issue 22) has it in its variables.
     */
    private static CaseView.Recommendation recommendation(CaseRecord record, Map<String, Object> variables) {
        if (Var.RECOMMENDED_ROUTE.from(variables) == null) {
            return null;
        }
        CaseRecord.Recommended advice = record.recommended();
        if (advice != null) {
            return new CaseView.Recommendation(advice.resolution(), advice.eligible(), advice.returnRequired(),
                    Var.RETURN_SHIPPING_PAID_BY.from(variables));
        }
        return new CaseView.Recommendation(Var.RECOMMENDED_RESOLUTION.from(variables),
                Var.RECOMMENDED_ELIGIBLE.from(variables), Var.RECOMMENDED_RETURN_REQUIRED.from(variables),
                Var.RETURN_SHIPPING_PAID_BY.from(variables));
    }

    private Map<String, Object> variables(String processInstanceId) {
        Map<String, Object> values = new HashMap<>();
        if (processInstanceId == null) {
            return values;
        }
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableNameIn(Var.ISSUE_TYPE.name(), Var.RESOLUTION.name(), Var.OUTCOME.name(),
                        Var.RECOMMENDED_RESOLUTION.name(), Var.RECOMMENDED_ELIGIBLE.name(),
                        Var.RECOMMENDED_RETURN_REQUIRED.name(), Var.RETURN_SHIPPING_PAID_BY.name(),
                        Var.RECOMMENDED_ROUTE.name(), Var.AGREED_AUTOMATICALLY.name(), Var.FOLLOW_UP_ANSWERED.name())
                .disableCustomObjectDeserialization().list()) {
            values.put(variable.getName(), variable.getValue());
        }
        return values;
    }

    /**
     * The latest of the seven steps among the elements the case waits at now: the active activities of the
     * instance's executions, read in one query ({@code getActiveActivityIds} reads the instance, its definition and
     * then its execution tree: three).
     */
    private Step currentStep(ProcessInstance instance) {
        ModelSteps steps = stepsByDefinition.computeIfAbsent(instance.getProcessDefinitionId(),
                id -> ModelSteps.of(repository.getBpmnModelInstance(id)));
        return runtime.createExecutionQuery().processInstanceId(instance.getId()).list().stream()
                .map(ExecutionEntity.class::cast)
                .filter(execution -> execution.isActive() && execution.getActivityId() != null)
                .map(ExecutionEntity::getActivityId)
                .map(steps::of)
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder())
                .orElse(Step.INQUIRY);
    }
}
