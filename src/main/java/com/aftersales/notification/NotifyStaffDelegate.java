package com.aftersales.notification;

import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.ReviewRemediation;
import com.aftersales.process.Variable;
import com.aftersales.security.Groups;
import com.aftersales.vocabulary.Audience;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells staff something: the service task names the phrase in its local input {@code phrase} and who
 * hears it in {@code audiences} (comma-separated: {@code AGENT}, {@code TEAM_LEADS}, {@code MANAGERS}, {@code WAREHOUSE},
 * {@code FINANCE}).
 * The phrase may use the case's facts ({@link CaseFacts}), the dispute's trigger and reason and the review's id.
 */
@Component("notifyStaff")
class NotifyStaffDelegate implements JavaDelegate {

    static final Variable<String> AUDIENCES = Variable.text("audiences");

    private final Notifier notifier;
    private final CaseFacts facts;

    NotifyStaffDelegate(Notifier notifier, CaseFacts facts) {
        this.notifier = notifier;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Phrase phrase = Phrase.valueOf(Var.PHRASE.ofStep(execution));
        Map<String, Object> values = facts.of(execution);
        values.put(Var.DISPUTE_TRIGGER.name(), Var.DISPUTE_TRIGGER.get(execution));
        values.put(Var.DISPUTE_REASON.name(), Var.DISPUTE_REASON.get(execution));
        values.put(ReviewRemediation.Var.REVIEW_ID.name(), ReviewRemediation.Var.REVIEW_ID.get(execution));
        String agent = Var.CASE_AGENT.get(execution);
        for (String audience : java.util.Objects.requireNonNull(AUDIENCES.ofStep(execution), "the step names no audiences").split(",")) {
            Audience to = Audience.valueOf(audience.trim());
            notifier.send(execution.getProcessBusinessKey(), to, recipient(to, agent), phrase, values);
        }
    }

    static String recipient(Audience audience, String agent) {
        return switch (audience) {
            case AGENT -> agent == null ? Groups.AGENTS : agent;
            case TEAM_LEADS -> Groups.TEAM_LEADS;
            case MANAGERS -> Groups.MANAGERS;
            case WAREHOUSE -> Groups.WAREHOUSE;
            case FINANCE -> Groups.FINANCE;
            default -> throw new IllegalArgumentException("notifyStaff tells staff, not " + audience);
        };
    }
}
