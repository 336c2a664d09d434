package com.aftersales.workbench;

import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.Processes;
import com.aftersales.tasks.TaskLifecycleListener;
import com.aftersales.vocabulary.IssueType;
import com.aftersales.vocabulary.Labels;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What tells one task from another on its Tasklist card: the case, buyer, order, item and problem, copied onto the
 * task itself when it is created. Agents, the warehouse and finance may read their tasks but not the process
 * instances (security), so the filters' columns of process variables stayed empty for them; a task's own variables
 * are read with the task. The names are the task's own ({@link Column}), never a process variable's: a form
 * submitting {@code issueType} must set the case's variable, not a copy on the task.
 */
@Component
public class TaskCard implements TaskLifecycleListener {

    /**
     * A column of the card: the task variable and the label the filters show it under. Tasklist shows the first two
     * and folds the others away: the case and the item are what a person tells cases apart by.
     */
    public enum Column {
        CASE("cardCase", "Case 案件"),
        ITEM("cardItem", "Item 商品"),
        BUYER("cardBuyer", "Buyer 买家"),
        ORDER("cardOrder", "Order 订单"),
        PROBLEM("cardProblem", "Problem 问题");

        private final String variable;
        private final String label;

        Column(String variable, String label) {
            this.variable = variable;
            this.label = label;
        }

        public String variable() {
            return variable;
        }

        public String label() {
            return label;
        }
    }

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
        card(task).forEach((column, value) -> task.setVariableLocal(column.variable(), value));
    }

    /** The card's columns that have a value for this task (a problem is known from the confirmation on). */
    Map<Column, String> card(DelegateTask task) {
        Map<Column, String> card = new LinkedHashMap<>();
        put(card, Column.CASE, task.getExecution().getProcessBusinessKey());
        put(card, Column.ITEM, Var.ORDER_ITEM.get(task));
        put(card, Column.BUYER, Var.BUYER_ID.get(task));
        put(card, Column.ORDER, Var.ORDER_ID.get(task));
        IssueType problem = Var.ISSUE_TYPE.get(task);
        put(card, Column.PROBLEM, problem == null ? null : labels.of(problem));
        return card;
    }

    private static void put(Map<Column, String> card, Column column, String value) {
        if (value != null && !value.isBlank()) {
            card.put(column, value);
        }
    }
}
