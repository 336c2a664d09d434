package com.aftersales.api;

class OrderHasCaseException extends RuntimeException {

    OrderHasCaseException(String orderId) {
        super("Order '" + orderId + "' has an after-sales case: its buyerId and paidAmount stay as they are; "
                + "nothing was changed.");
    }
}
