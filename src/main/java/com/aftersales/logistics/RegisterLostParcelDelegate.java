package com.aftersales.logistics;

import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.vocabulary.IssueType;
import java.sql.Timestamp;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The carrier says the parcel is lost: it goes into the lost-parcel register for the carrier claim (once per case),
 * and the case continues as a parcel not received — reship or refund in full, compensating first (DOMAIN.md).
 */
@Component("registerLostParcel")
class RegisterLostParcelDelegate implements JavaDelegate {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RegisterLostParcelDelegate(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = execution.getProcessBusinessKey();
        jdbc.update("insert into lost_parcel (case_id, order_id, carrier, tracking_number, amount, registered_at) "
                        + "select ?, ?, ?, ?, ?, ? from (values (1)) one "
                        + "where not exists (select 1 from lost_parcel where case_id = ?)", caseId,
                Var.ORDER_ID.require(execution), Var.PARCEL_CARRIER.get(execution),
                Var.PARCEL_TRACKING_NUMBER.get(execution), Var.ORDER_PAID_AMOUNT.require(execution),
                Timestamp.from(clock.instant()), caseId);
        Var.ISSUE_TYPE.set(execution, IssueType.NOT_RECEIVED);
    }
}
