package com.aftersales.workbench;

import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.Processes;
import com.aftersales.tasks.TaskLifecycleListener;
import com.aftersales.vocabulary.IssueType;
import com.aftersales.vocabulary.Labels;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What tells one task from another on its Tasklist card: the case, item, buyer, order and problem, written onto the
 * task itself when it is created, as one line in one task-local variable {@value #VARIABLE}:
 * "AS-20261126-7KQ2M9XD · 电动拖把 electric mop · 买家 buyer-001 · 订单 TB20261001 · 质量问题 Quality defect".
 * Agents, the warehouse and finance may read their tasks but not the process instances (security), so columns of
 * process variables stayed empty for them; a task's own variables are read with the task. One variable rather than
 * one per part: each task variable costs a runtime insert and delete per task (issue 22). The name is the task's
 * own, never a process variable's, and new ({@code cardCase} held the case number alone), so that a search or filter
 * built on the old meaning finds nothing rather than something else.
 */
@Component
public class TaskCard implements TaskLifecycleListener {

    /** The task-local variable holding the card. */
    public static final String VARIABLE = "card";
    /** The filters' column for it; Tasklist shows it as "案件 Case: AS-… · …". */
    public static final String LABEL = "案件 Case";
    /** The task-local variables of earlier versions, one per part (case, item, buyer, order, problem), in order. */
    public static final List<String> EARLIER_VARIABLES =
            List.of("cardCase", "cardItem", "cardBuyer", "cardOrder", "cardProblem");

    /** Between the card's parts; the buyer and the order are said by their prefix (case-search.js searches by them). */
    public static final String SEPARATOR = " · ";
    public static final String BUYER = "买家 ";
    public static final String ORDER = "订单 ";
    /** Order systems' item names run long (shop titles): the card shows their start, the case file the rest. */
    static final int ITEM_LENGTH = 40;

    private final Labels labels;

    TaskCard(Labels labels) {
        this.labels = labels;
    }

    @Override
    public Set<String> processKeys() {
        return Set.copyOf(Processes.KEYS);
    }

    @Override
    public Set<String> events() {
        return Set.of(TaskListener.EVENTNAME_CREATE);
    }

    @Override
    public void notify(DelegateTask task) {
        String card = card(task);
        if (!card.isEmpty()) {
            task.setVariableLocal(VARIABLE, card);
        }
    }

    /** The card of this task: the parts known (a problem from the confirmation on), empty when none is. */
    String card(DelegateTask task) {
        IssueType problem = Var.ISSUE_TYPE.get(task);
        return card(task.getExecution().getProcessBusinessKey(), Var.ORDER_ITEM.get(task), Var.BUYER_ID.get(task),
                Var.ORDER_ID.get(task), problem == null ? null : labels.of(problem));
    }

    /** The card of the given parts, leaving out those unknown; the problem as its label ("质量问题 Quality defect"). */
    static String card(String caseId, String item, String buyerId, String orderId, String problem) {
        return Stream.of(known(caseId), shortened(known(item)), prefixed(BUYER, known(buyerId)),
                        prefixed(ORDER, known(orderId)), known(problem))
                .filter(Objects::nonNull).collect(Collectors.joining(SEPARATOR));
    }

    private static String known(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String prefixed(String prefix, String value) {
        return value == null ? null : prefix + value;
    }

    private static String shortened(String item) {
        return item == null || item.codePointCount(0, item.length()) <= ITEM_LENGTH ? item
                : item.substring(0, item.offsetByCodePoints(0, ITEM_LENGTH - 1)) + "…";
    }
}
