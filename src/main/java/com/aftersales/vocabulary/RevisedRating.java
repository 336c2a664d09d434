package com.aftersales.vocabulary;

/** The rating a buyer changes a review to (追评/改评), once. */
public enum RevisedRating {
    POSITIVE, NEUTRAL, NEGATIVE
}
