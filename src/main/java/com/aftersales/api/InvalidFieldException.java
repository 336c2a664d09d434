package com.aftersales.api;

/** A field that passed its own checks but not the case's (an amount above what is left to refund, say): 400. */
class InvalidFieldException extends RuntimeException {

    private final String field;

    InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
