package com.aftersales.review;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import com.aftersales.casefile.CaseIds;
import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.routing.AgentRouting;
import com.aftersales.orders.OrderLookup;
import com.aftersales.orders.ShopOrder;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.ReviewRemediation;
import com.aftersales.process.ReviewRemediation.Var;
import com.aftersales.process.Variable;
import com.aftersales.vocabulary.ReviewRating;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers a review case, however it was started (domain API or a ReviewPosted message over engine
 * REST): its id is the business key, it links the order's after-sales case, and it goes to the
 * buyer's agent (one buyer, one agent).
 */
@Component("registerReview")
class RegisterReviewDelegate implements JavaDelegate {

    private final ReviewRepository reviews;
    private final CaseRepository cases;
    private final OrderLookup orders;
    private final AgentRouting routing;
    private final CaseIds ids;
    private final Clock clock;

    RegisterReviewDelegate(ReviewRepository reviews, CaseRepository cases, OrderLookup orders, AgentRouting routing,
                           CaseIds ids, Clock clock) {
        this.reviews = reviews;
        this.cases = cases;
        this.orders = orders;
        this.routing = routing;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reviewId = execution.getProcessBusinessKey();
        if (reviewId == null || reviewId.isBlank()) {
            reviewId = ids.next(ReviewRemediation.ID_PREFIX);
            execution.setProcessBusinessKey(reviewId);
        }
        String orderId = required(execution, AfterSalesCase.Var.ORDER_ID);
        String buyerId = required(execution, AfterSalesCase.Var.BUYER_ID);
        ReviewRating rating = ReviewRating.valueOf(required(execution, Var.RATING));
        Var.REVIEW_ID.set(execution, reviewId);
        reviews.insertIfAbsent(reviewId, orderId, buyerId, rating, required(execution, Var.REVIEW_TEXT), null,
                null, clock.instant());

        AfterSalesCase.Var.ORDER_ITEM.set(execution, orders.find(orderId).map(ShopOrder::itemName).orElse(null));
        Optional<CaseRecord> linked = cases.latestOfOrder(orderId);
        Var.LINKED_CASE_ID.set(execution, linked.map(CaseRecord::caseId).orElse(null));
        Var.LINKED_CASE_STATUS.set(execution, linked.map(CaseRecord::status).orElse(null));
        linked.ifPresent(c -> reviews.linkCase(execution.getProcessBusinessKey(), c.caseId()));
        String agent = routing.route(buyerId, reviewId).agent().orElse(null);
        AfterSalesCase.Var.CASE_AGENT.set(execution, agent);
        if (agent != null) {
            reviews.assignAgent(reviewId, agent);
        }
    }

    private static String required(DelegateExecution execution, Variable<?> variable) {
        Object value = execution.getVariable(variable.name());
        if (!(value instanceof String text) || text.isBlank()) {
            // the caller's mistake (engine REST answers 400), not the application's
            throw new FormFieldValidationException(variable.name(),
                    "A review needs the variable '" + variable.name() + "' (text).");
        }
        return text;
    }
}
