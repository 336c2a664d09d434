package com.aftersales.api;

class UnknownMessageException extends RuntimeException {

    UnknownMessageException(long messageId) {
        super("There is no message " + messageId + ".");
    }
}
