package com.aftersales.api;

import com.aftersales.process.EventDelivery;
import com.aftersales.review.ReviewEvents;
import com.aftersales.review.ReviewIntake;
import com.aftersales.review.ReviewView;
import com.aftersales.review.ReviewViews;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Neutral and negative reviews (中差评) the marketplace reports, each remediated as its own case. */
@RestController
@Validated
@RequestMapping(path = "/api/reviews", produces = "application/json")
class ReviewController {

    private final ReviewIntake intake;
    private final ReviewViews views;
    private final ReviewEvents events;

    ReviewController(ReviewIntake intake, ReviewViews views, ReviewEvents events) {
        this.intake = intake;
        this.views = views;
        this.events = events;
    }

    @Operation(summary = "A neutral or negative review was posted: start its remediation (sends ReviewPosted)",
            description = "201 with the review case. 400 when the order is not the buyer's.")
    @PostMapping(consumes = "application/json")
    ResponseEntity<ReviewView> post(@Valid @RequestBody ReviewRequest request, Principal caller) {
        ReviewIntake.Opened opened;
        try {
            // Idempotency-Key is answered for every POST before this runs (web.Idempotency)
            opened = intake.post(request.toNewReview(), null, caller.getName());
        } catch (ReviewIntake.UnknownOrder unknown) {
            throw new InvalidFieldException("orderId", unknown.getMessage());
        }
        ReviewView view = views.view(opened.record());
        return ResponseEntity.created(URI.create("/api/reviews/" + view.reviewId())).body(view);
    }

    @Operation(summary = "A review case as it stands now")
    @GetMapping("/{reviewId}")
    ReviewView get(@PathVariable @Size(max = 40) String reviewId) {
        return views.find(reviewId).orElseThrow(() -> new UnknownReviewException(reviewId));
    }

    @Operation(summary = "The buyer revised the review (sends ReviewRevised)",
            description = "202: the review case closes as revised. 409 when it is closed already; nothing changes.")
    @PostMapping(path = "/{reviewId}/revision", consumes = "application/json")
    ResponseEntity<Void> revised(@PathVariable @Size(max = 40) String reviewId,
                                 @Valid @RequestBody ReviewRevisionRequest revision) {
        EventDelivery.Result result = events.revised(reviewId, revision.rating());
        return switch (result.status()) {
            case DELIVERED -> ResponseEntity.accepted().build();
            case UNKNOWN -> throw new UnknownReviewException(reviewId);
            case NOT_WAITING, CONCURRENT, TOO_MUCH -> throw new CaseNotWaitingException(result.detail());
        };
    }
}
