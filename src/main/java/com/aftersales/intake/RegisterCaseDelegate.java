package com.aftersales.intake;

import com.aftersales.casefile.CaseIds;
import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.notification.Audience;
import com.aftersales.notification.Notifier;
import com.aftersales.notification.Phrase;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.security.Groups;
import java.time.Clock;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Step 1: gives the case its id (the business key), keeps its record, routes it to the buyer's
 * agent and acknowledges the buyer. Cases opened over /api arrive with id and record already;
 * cases started from the Tasklist start form or engine REST get them here.
 */
@Component("registerCase")
class RegisterCaseDelegate implements JavaDelegate {

    private final CaseRepository cases;
    private final CaseIds caseIds;
    private final AgentRouting routing;
    private final Notifier notifier;
    private final Clock clock;

    RegisterCaseDelegate(CaseRepository cases, CaseIds caseIds, AgentRouting routing, Notifier notifier, Clock clock) {
        this.cases = cases;
        this.caseIds = caseIds;
        this.routing = routing;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orderId = requiredText(execution, Var.ORDER_ID);
        String buyerId = requiredText(execution, Var.BUYER_ID);
        String channel = requiredText(execution, Var.CHANNEL);
        checkChannel(channel);

        String caseId = execution.getProcessBusinessKey();
        if (caseId == null || caseId.isBlank()) {
            caseId = caseIds.next();
            execution.setProcessBusinessKey(caseId);
        }
        execution.setVariable(Var.CASE_ID, caseId);
        if (cases.find(caseId).isEmpty()) {
            cases.insert(CaseRecord.open(caseId, orderId, buyerId, channel, null,
                    (String) execution.getVariable("initiator"), clock.instant()));
        }
        cases.attachProcess(caseId, execution.getProcessInstanceId(), orderId);

        AgentRouting.Route route = routing.route(buyerId, caseId);
        String agent = route.agent().orElse(null);
        execution.setVariable(Var.CASE_AGENT, agent);
        if (agent != null) {
            cases.assignAgent(caseId, agent);
        }
        String unavailable = route.unavailableAgent().orElse(null);
        if (unavailable != null) {
            notifier.send(caseId, Audience.TEAM_LEAD, Groups.TEAM_LEADS, Phrase.BUYER_AGENT_UNAVAILABLE,
                    java.util.Map.of("agent", unavailable, "buyerId", buyerId, "caseId", caseId));
        }
        notifier.send(caseId, Audience.BUYER, buyerId, Phrase.ACKNOWLEDGE, java.util.Map.of("caseId", caseId));
    }

    private static String requiredText(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new FormFieldValidationException(name, "A case needs '" + name + "' (text).");
        }
        return text.trim();
    }

    private static void checkChannel(String channel) {
        if (Arrays.stream(Channel.values()).noneMatch(known -> known.name().equals(channel))) {
            throw new FormFieldValidationException(Var.CHANNEL,
                    "'" + channel + "' is not a channel; one of " + Arrays.toString(Channel.values()));
        }
    }
}
