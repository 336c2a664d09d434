package com.aftersales.api;

class NotYourAgentException extends RuntimeException {

    NotYourAgentException(String userId) {
        super("Only " + userId + " themself or a team lead may see or set " + userId + "'s availability.");
    }
}
