package com.aftersales.api;

import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.casefile.CaseView;
import com.aftersales.casefile.CaseTasks;
import com.aftersales.casefile.CaseViews;
import com.aftersales.vocabulary.ResponsibleParty;
import com.aftersales.dispute.DisputeEvents;
import com.aftersales.handling.ReturnShipments;
import com.aftersales.process.EventDelivery;
import com.aftersales.intake.CaseIntake;
import com.aftersales.notification.Outbox;
import com.aftersales.notification.OutboxMessage;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The integrators' view of after-sales cases. */
@RestController
@Validated
@RequestMapping(path = "/api/cases", produces = "application/json")
class CaseController {

    private static final int LIST_LIMIT = 200;

    private final CaseIntake intake;
    private final CaseViews views;
    private final CaseTasks caseTasks;
    private final Outbox outbox;
    private final ReturnShipments returns;
    private final DisputeEvents disputes;

    CaseController(CaseIntake intake, CaseViews views, CaseTasks caseTasks, Outbox outbox,
                   ReturnShipments returns, DisputeEvents disputes) {
        this.caseTasks = caseTasks;
        this.intake = intake;
        this.views = views;
        this.outbox = outbox;
        this.returns = returns;
        this.disputes = disputes;
    }

    @Operation(summary = "The buyer shipped the return (sends ReturnShipped)",
            description = "202 when the case was waiting for the return; 409 when it was not, and nothing changes.")
    @PostMapping(path = "/{caseId}/return-shipment", consumes = "application/json")
    ResponseEntity<Void> returnShipped(@PathVariable @Size(max = 40) String caseId,
                                       @Valid @RequestBody ReturnShipmentRequest shipment) {
        return answer(caseId, returns.shipped(caseId, shipment.carrier().trim(), shipment.trackingNumber().trim()));
    }

    @Operation(summary = "The buyer complained to the platform, or the platform stepped in (sends DisputeOpened)",
            description = "202: the case's current work stops and the dispute takes over. 409 when the case is closed, "
                    + "in dispute, or has had its dispute already; nothing changes.")
    @PostMapping(path = "/{caseId}/disputes", consumes = "application/json")
    ResponseEntity<Void> disputeOpened(@PathVariable @Size(max = 40) String caseId,
                                       @Valid @RequestBody DisputeRequest dispute) {
        return answer(caseId, disputes.opened(caseId, dispute.openedBy(), dispute.reason().trim()));
    }

    @Operation(summary = "The platform's verdict in the case's dispute (sends PlatformVerdict)",
            description = "202 when a platform intervention is pending; 409 when none is, and nothing changes. "
                    + "SELLER refunds refundAmount (or all that is left to refund) and records the penalty.")
    @PostMapping(path = "/{caseId}/platform-verdict", consumes = "application/json")
    ResponseEntity<Void> platformVerdict(@PathVariable @Size(max = 40) String caseId,
                                         @Valid @RequestBody PlatformVerdictRequest verdict) {
        if (verdict.responsibleParty() == ResponsibleParty.BUYER && verdict.refundAmount() != null) {
            throw new InvalidFieldException("refundAmount", "only a seller-liable verdict refunds the buyer");
        }
        return answer(caseId, disputes.verdict(caseId, verdict.responsibleParty(), verdict.refundAmount(),
                verdict.penalty() == null || verdict.penalty().isBlank() ? null : verdict.penalty().trim()));
    }

    private static ResponseEntity<Void> answer(String caseId, EventDelivery.Result result) {
        return switch (result.status()) {
            case DELIVERED -> ResponseEntity.accepted().build();
            case UNKNOWN -> throw new UnknownCaseException(caseId);
            case TOO_MUCH -> throw new InvalidFieldException("refundAmount", result.detail());
            case NOT_WAITING, CONCURRENT -> throw new CaseNotWaitingException(result.detail());
        };
    }

    @Operation(summary = "Open an after-sales case for a buyer's inquiry",
            description = "201 with the new case. Sent again with the same Idempotency-Key and body: the same answer, "
                    + "never a second case.")
    @PostMapping(consumes = "application/json")
    ResponseEntity<CaseView> open(@Valid @RequestBody CreateCaseRequest request, Principal caller) {
        // Idempotency-Key is answered for every POST before this runs (web.Idempotency)
        CaseView view = intake.openAndView(request.toNewCase(), caller.getName());
        return ResponseEntity.created(URI.create("/api/cases/" + view.caseId())).body(view);
    }

    @Operation(summary = "A case as it stands now")
    @GetMapping("/{caseId}")
    CaseView get(@PathVariable @Size(max = 40) String caseId) {
        return views.find(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
    }

    @Operation(summary = "The messages (话术) the case sent to the buyer and to staff, oldest first")
    @GetMapping("/{caseId}/messages")
    List<OutboxMessage> messages(@PathVariable @Size(max = 40) String caseId) {
        views.find(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
        return outbox.messagesOf(caseId);
    }

    @Operation(summary = "The case's open tasks that the caller may see, oldest first",
            description = "The same tasks engine REST shows this user for the case (its authorizations apply), found "
                    + "by the case's process instances: the answer costs the same however many other tasks are open. "
                    + "Complete a task through engine REST or Tasklist with its id. 404 for an unknown case.")
    @GetMapping("/{caseId}/tasks")
    List<CaseTasks.OpenTask> tasks(@PathVariable @Size(max = 40) String caseId, Authentication caller) {
        return caseTasks.openTasksOf(caseId, caller.getName(),
                caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList())
                .orElseThrow(() -> new UnknownCaseException(caseId));
    }

    @Operation(summary = "Cases, newest first, optionally of one buyer and/or in one status (at most 200)")
    @GetMapping
    List<CaseView> list(@RequestParam(required = false) @Size(max = 64) String buyerId,
                        @RequestParam(required = false) CaseStatus status) {
        return views.search(buyerId, status, LIST_LIMIT);
    }
}
