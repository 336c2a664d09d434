package com.aftersales.casefile;

import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.RefundLedger;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;

/**
 * Builds the case view from where the case actually is: its record, the process instance's
 * active elements (their {@code step} property), its pending timers and its variables.
 */
@Service
public class CaseViews {

    private final CaseRepository cases;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final OpenDeadlines openDeadlines;
    private final HistoryService history;
    private final RefundLedger refunds;

    public CaseViews(CaseRepository cases, RuntimeService runtime, RepositoryService repository,
                     OpenDeadlines openDeadlines, HistoryService history, RefundLedger refunds) {
        this.cases = cases;
        this.runtime = runtime;
        this.repository = repository;
        this.openDeadlines = openDeadlines;
        this.history = history;
        this.refunds = refunds;
    }

    public Optional<CaseView> find(String caseId) {
        return cases.find(caseId).map(this::view);
    }

    public List<CaseView> search(String buyerId, CaseStatus status, int limit) {
        return cases.search(buyerId, status, limit).stream().map(this::view).toList();
    }

    public CaseView view(CaseRecord record) {
        Map<String, Object> variables = variables(record.processInstanceId());
        ProcessInstance instance = record.status() == CaseStatus.OPEN && record.processInstanceId() != null
                ? runtime.createProcessInstanceQuery().processInstanceId(record.processInstanceId()).singleResult()
                : null;
        Step step = instance == null ? (record.status() == CaseStatus.CLOSED ? Step.CLOSED : Step.INQUIRY)
                : currentStep(instance);
        List<CaseView.OpenDeadline> deadlines = instance == null ? List.of() : openDeadlines.of(instance);
        return new CaseView(record.caseId(), record.orderId(), record.buyerId(), record.status(), step,
                (String) variables.get(Var.ISSUE_TYPE), recommendation(variables), (String) variables.get(Var.RESOLUTION),
                record.outcome() != null ? record.outcome() : (String) variables.get(Var.OUTCOME),
                record.agentId(), deadlines, refunds.ofCase(record.caseId()).stream()
                        .map(refund -> new CaseView.Refund(refund.amount(), refund.status())).toList(),
                record.createdAt(), record.closedAt());
    }

    /** The policy's advice once the problem is confirmed; empty before. */
    private static CaseView.Recommendation recommendation(Map<String, Object> variables) {
        if (!variables.containsKey(Var.RECOMMENDED_ROUTE)) {
            return null;
        }
        return new CaseView.Recommendation((String) variables.get(Var.RECOMMENDED_RESOLUTION),
                (Boolean) variables.get(Var.RECOMMENDED_ELIGIBLE), (Boolean) variables.get(Var.RECOMMENDED_RETURN_REQUIRED),
                (String) variables.get(Var.RETURN_SHIPPING_PAID_BY));
    }

    private Map<String, Object> variables(String processInstanceId) {
        Map<String, Object> values = new HashMap<>();
        if (processInstanceId == null) {
            return values;
        }
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableNameIn(Var.ISSUE_TYPE, Var.RESOLUTION, Var.OUTCOME, Var.RECOMMENDED_RESOLUTION,
                        Var.RECOMMENDED_ELIGIBLE, Var.RECOMMENDED_RETURN_REQUIRED, Var.RETURN_SHIPPING_PAID_BY,
                        Var.RECOMMENDED_ROUTE)
                .disableCustomObjectDeserialization().list()) {
            values.put(variable.getName(), variable.getValue());
        }
        return values;
    }

    private Step currentStep(ProcessInstance instance) {
        BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
        return runtime.getActiveActivityIds(instance.getId()).stream()
                .map(id -> stepOf(model.getModelElementById(id)))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder())
                .orElse(Step.INQUIRY);
    }

    /** The seven-step property of a model element, where the model declares one. */
    public static Optional<Step> stepOf(ModelElementInstance element) {
        if (!(element instanceof BaseElement base) || base.getExtensionElements() == null) {
            return Optional.empty();
        }
        return base.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> AfterSalesCase.STEP_PROPERTY.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .map(Step::valueOf)
                .findFirst();
    }
}
