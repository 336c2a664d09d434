package com.aftersales.review;

/** A review as the marketplace reports it. */
public record NewReview(String orderId, String buyerId, ReviewRating rating, String text) {
}
