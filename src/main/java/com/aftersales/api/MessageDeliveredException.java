package com.aftersales.api;

class MessageDeliveredException extends RuntimeException {

    MessageDeliveredException(long messageId) {
        super("Message " + messageId + " was delivered; it is not sent twice.");
    }
}
