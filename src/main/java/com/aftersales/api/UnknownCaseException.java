package com.aftersales.api;

class UnknownCaseException extends RuntimeException {

    UnknownCaseException(String caseId) {
        super("There is no case '" + caseId + "'.");
    }
}
