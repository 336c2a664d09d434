package com.aftersales.api;

class UnknownReviewException extends RuntimeException {

    UnknownReviewException(String reviewId) {
        super("There is no review '" + reviewId + "'.");
    }
}
