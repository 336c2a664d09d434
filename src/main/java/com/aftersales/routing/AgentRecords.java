package com.aftersales.routing;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a kind of case (an after-sales case, a review case) keeps its agent. Routing asks each for the buyer's
 * latest agent and tells the right one when an agent takes a case over; the features implement it for their own
 * tables, so routing reads none of them.
 */
public interface AgentRecords {

    /** The process whose cases these records keep. */
    String processKey();

    /** The agent of the buyer's open case, else of the buyer's most recent one; not counting {@code exceptId}. */
    Optional<Assignment> latestOfBuyer(String buyerId, String exceptId);

    /** The case (by its business key) is now the agent's. */
    void recordAgent(String businessKey, String agent);

    /** A buyer's case and its agent: open cases come first, then the newest. */
    record Assignment(String agent, boolean open, Instant createdAt) {
    }
}
