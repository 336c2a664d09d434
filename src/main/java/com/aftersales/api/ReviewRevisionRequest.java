package com.aftersales.api;

import com.aftersales.vocabulary.RevisedRating;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/reviews/{reviewId}/revision}: the buyer changed the review (once). */
record ReviewRevisionRequest(@Schema(example = "POSITIVE") @NotNull RevisedRating rating) {
}
