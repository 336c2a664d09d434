package com.aftersales.review;

import com.aftersales.vocabulary.ReviewRating;

/** A review as the marketplace reports it. */
public record NewReview(String orderId, String buyerId, ReviewRating rating, String text) {
}
