package com.aftersales.verification;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.process.AfterSalesCase.Var;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What the order look-up of a case found, as the case file keeps it ({@link CaseRepository#lookedUp}); a case looked
 * up before the case file kept it (issue 22) has it in its variables {@code orderFound} and {@code orderBuyerMatches}.
 */
@Component
class OrderChecks {

    private final CaseRepository cases;

    OrderChecks(CaseRepository cases) {
        this.cases = cases;
    }

    /** Empty before the look-up. */
    Optional<CaseRecord.OrderCheck> of(VariableScope scope) {
        Boolean found = Var.ORDER_FOUND.get(scope);
        if (found != null) {
            return Optional.of(new CaseRecord.OrderCheck(found, Boolean.TRUE.equals(Var.ORDER_BUYER_MATCHES.get(scope))));
        }
        return Optional.ofNullable(Var.CASE_ID.get(scope)).flatMap(cases::find).map(CaseRecord::orderCheck);
    }
}
