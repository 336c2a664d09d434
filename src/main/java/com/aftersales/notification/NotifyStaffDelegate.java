package com.aftersales.notification;

import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.security.Groups;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells staff something: the service task names the phrase in its local input {@code phrase} and who
 * hears it in {@code audiences} (comma-separated: {@code AGENT}, {@code TEAM_LEAD}, {@code MANAGER}).
 * The phrase may use any of {@link #VALUES} and {@code {agent}}.
 */
@Component("notifyStaff")
class NotifyStaffDelegate implements JavaDelegate {

    static final List<String> VALUES = List.of(Var.CASE_ID, Var.ORDER_ID, Var.BUYER_ID, Var.ISSUE_TYPE, Var.RESOLUTION,
            "disputeTrigger", "disputeReason", "reviewId");

    private final Notifier notifier;

    NotifyStaffDelegate(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Phrase phrase = Phrase.valueOf((String) execution.getVariableLocal(Var.PHRASE));
        String agent = (String) execution.getVariable(Var.CASE_AGENT);
        Map<String, String> values = new HashMap<>();
        for (String name : VALUES) {
            Object value = execution.getVariable(name);
            values.put(name, value == null ? "" : value.toString());
        }
        values.put(Var.CASE_ID, execution.getProcessBusinessKey());
        values.put("agent", agent == null ? Groups.AGENTS : agent);
        for (String audience : ((String) execution.getVariableLocal("audiences")).split(",")) {
            Audience to = Audience.valueOf(audience.trim());
            notifier.send(execution.getProcessBusinessKey(), to, recipient(to, agent), phrase, values);
        }
    }

    private static String recipient(Audience audience, String agent) {
        return switch (audience) {
            case AGENT -> agent == null ? Groups.AGENTS : agent;
            case TEAM_LEAD -> Groups.TEAM_LEADS;
            case MANAGER -> Groups.MANAGERS;
            default -> throw new IllegalArgumentException("notifyStaff tells staff, not " + audience
                    + "; known audiences: " + Arrays.toString(Audience.values()));
        };
    }
}
