package com.aftersales.logistics;

import com.aftersales.orders.OrderUpdates;
import com.aftersales.process.AfterSalesCase.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 改地址 before shipment: the order ships to the new address the agent recorded (the warehouse is told next). */
@Component("changeAddress")
class ChangeAddressDelegate implements JavaDelegate {

    private final OrderUpdates orders;

    ChangeAddressDelegate(OrderUpdates orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String address = Var.NEW_ADDRESS.require(execution).strip();
        if (!orders.changeAddress(Var.ORDER_ID.require(execution), address)) {
            throw new IllegalStateException("order " + Var.ORDER_ID.require(execution) + " is gone");
        }
        Var.SHIPPING_ADDRESS.set(execution, address);
    }
}
