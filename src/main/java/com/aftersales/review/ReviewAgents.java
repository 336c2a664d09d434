package com.aftersales.review;

import com.aftersales.process.ReviewRemediation;
import com.aftersales.routing.AgentRecords;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Review cases keep their agent in their row (review_case.agent_id), so a buyer's next case goes to that agent too. */
@Component
class ReviewAgents implements AgentRecords {

    private final ReviewRepository reviews;

    ReviewAgents(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public String processKey() {
        return ReviewRemediation.PROCESS_KEY;
    }

    @Override
    public Optional<Assignment> latestOfBuyer(String buyerId, String exceptId) {
        return reviews.agentOfBuyer(buyerId, exceptId);
    }

    @Override
    public void recordAgent(String businessKey, String agent) {
        reviews.assignAgent(businessKey, agent);
    }
}
