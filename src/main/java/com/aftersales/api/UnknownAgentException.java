package com.aftersales.api;

class UnknownAgentException extends RuntimeException {

    UnknownAgentException(String userId) {
        super("There is no agent " + userId + ".");
    }
}
