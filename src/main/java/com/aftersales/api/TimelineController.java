package com.aftersales.api;

import com.aftersales.timeline.CaseTimeline;
import com.aftersales.timeline.CaseTimelines;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A case at a glance, as Tasklist's "Case 案件" tab shows it beside a task. */
@RestController
@Validated
class TimelineController {

    private final CaseTimelines timelines;

    TimelineController(CaseTimelines timelines) {
        this.timelines = timelines;
    }

    @Operation(summary = "A case's timeline: steps and who did them, messages and their delivery, refunds, open "
            + "deadlines with the time left, the buyer's other cases",
            description = "Team leads and managers see every case, an agent their own cases and those nobody has "
                    + "taken yet; for any other case, as for an unknown one, 404.")
    @GetMapping(path = "/api/cases/{caseId}/timeline", produces = "application/json")
    CaseTimeline timeline(@PathVariable @Size(max = 40) String caseId, Authentication caller) {
        return timelines.of(caseId, caller.getName(), caller.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority).collect(Collectors.toSet()))
                .orElseThrow(() -> new UnknownCaseException(caseId));
    }
}
