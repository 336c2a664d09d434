package com.aftersales.intake;

import com.aftersales.casefile.CaseIds;
import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.casefile.CaseView;
import com.aftersales.casefile.CaseViews;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.AfterSalesCase.Var;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens cases for integrators: the case row and its process instance in one transaction, so a
 * refused start leaves nothing behind, and an {@code Idempotency-Key} seen before returns that case.
 */
@Service
public class CaseIntake {

    private final CaseRepository cases;
    private final CaseIds caseIds;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CaseViews views;

    public CaseIntake(CaseRepository cases, CaseIds caseIds, RuntimeService runtime,
                      TransactionTemplate transaction, Clock clock, CaseViews views) {
        this.cases = cases;
        this.caseIds = caseIds;
        this.runtime = runtime;
        this.transaction = transaction;
        this.clock = clock;
        this.views = views;
    }

    public record Opened(CaseRecord record, boolean created) {
    }

    public Opened open(NewCase request, String idempotencyKey, String openedBy) {
        if (idempotencyKey != null) {
            Optional<CaseRecord> known = cases.findByIdempotencyKey(idempotencyKey);
            if (known.isPresent()) {
                return new Opened(known.get(), false);
            }
        }
        try {
            String caseId = transaction.execute(status -> start(request, idempotencyKey, openedBy)).getBusinessKey();
            return new Opened(cases.find(caseId).orElseThrow(), true);
        } catch (DuplicateKeyException raced) {
            // a concurrent request with the same key committed first: answer with its case
            return new Opened(cases.findByIdempotencyKey(idempotencyKey).orElseThrow(() -> raced), false);
        }
    }

    /**
     * Opens a case and answers with its view, read in the start's own transaction from the instance the start
     * returned: one connection and one commit instead of one per engine query after the start.
     */
    public CaseView openAndView(NewCase request, String openedBy) {
        return transaction.execute(status -> {
            ProcessInstance started = start(request, null, openedBy);
            return views.view(cases.find(started.getBusinessKey()).orElseThrow(), started);
        });
    }

    private ProcessInstance start(NewCase request, String idempotencyKey, String openedBy) {
        String caseId = caseIds.next();
        cases.insert(CaseRecord.open(caseId, request.orderId(), request.buyerId(), request.channel(),
                idempotencyKey, openedBy, clock.instant()));
        VariableMap variables = Variables.createVariables();
        Var.CASE_ID.put(variables, caseId);
        Var.ORDER_ID.put(variables, request.orderId());
        Var.BUYER_ID.put(variables, request.buyerId());
        Var.CHANNEL.put(variables, request.channel());
        Var.DESCRIPTION.put(variables, request.description());
        if (request.requestedOutcome() != null) {
            Var.REQUESTED_OUTCOME.put(variables, request.requestedOutcome());
        }
        if (request.evidenceUrls() != null && !request.evidenceUrls().isEmpty()) {
            Var.EVIDENCE_LINKS.put(variables, String.join("\n", request.evidenceUrls()));
        }
        return runtime.startProcessInstanceByKey(AfterSalesCase.PROCESS_KEY, caseId, variables);
    }
}
