package com.aftersales.api;

class UnknownOrderException extends RuntimeException {

    UnknownOrderException(String orderId) {
        super("There is no order '" + orderId + "'.");
    }
}
