package com.aftersales.api;

import com.aftersales.review.NewReview;
import com.aftersales.vocabulary.ReviewRating;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/reviews}: a neutral or negative review the marketplace reported. */
record ReviewRequest(
        @Schema(example = "TB20261006") @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9-]*",
                message = "may contain only letters, digits and '-'") String orderId,
        @Schema(example = "buyer-006") @NotBlank @Size(max = 64) @Pattern(regexp = SingleLine.PATTERN, message = SingleLine.MESSAGE) String buyerId,
        @Schema(example = "NEGATIVE") @NotNull ReviewRating rating,
        @Schema(example = "手机壳用了三天就裂了 The case cracked after three days") @NotBlank @Size(max = 2000) String text) {

    NewReview toNewReview() {
        return new NewReview(orderId.trim(), buyerId.trim(), rating, text.trim());
    }
}
