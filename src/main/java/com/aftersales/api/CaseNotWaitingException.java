package com.aftersales.api;

class CaseNotWaitingException extends RuntimeException {

    CaseNotWaitingException(String message) {
        super(message);
    }
}
