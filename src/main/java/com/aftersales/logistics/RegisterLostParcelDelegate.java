package com.aftersales.logistics;

import com.aftersales.orders.ShippingRegister;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.vocabulary.IssueType;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The carrier says the parcel is lost: it goes into the register for the carrier claim (once per case), and the case
 * continues as a parcel not received — reship or refund in full, compensating first (DOMAIN.md).
 */
@Component("registerLostParcel")
class RegisterLostParcelDelegate implements JavaDelegate {

    private final ShippingRegister register;
    private final Clock clock;

    RegisterLostParcelDelegate(ShippingRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.register(new ShippingRegister.Entry(execution.getProcessBusinessKey(), ShippingRegister.Kind.LOST,
                Var.ORDER_ID.require(execution), Var.PARCEL_CARRIER.get(execution),
                Var.PARCEL_TRACKING_NUMBER.get(execution), Var.ORDER_PAID_AMOUNT.require(execution), clock.instant()));
        Var.ISSUE_TYPE.set(execution, IssueType.NOT_RECEIVED);
    }
}
