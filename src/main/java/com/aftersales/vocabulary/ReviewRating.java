package com.aftersales.vocabulary;

/** The rating of a review that starts remediation: neutral (中评) or negative (差评). */
public enum ReviewRating {
    NEUTRAL, NEGATIVE
}
