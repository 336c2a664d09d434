package com.aftersales.casefile;

import com.aftersales.process.AfterSalesCase;
import com.aftersales.routing.AgentRecords;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** After-sales cases keep their agent in their row (after_sales_case.agent_id). */
@Component
class CaseAgents implements AgentRecords {

    private final CaseRepository cases;

    CaseAgents(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public String processKey() {
        return AfterSalesCase.PROCESS_KEY;
    }

    @Override
    public Optional<Assignment> latestOfBuyer(String buyerId, String exceptId) {
        return cases.agentOfBuyer(buyerId, exceptId);
    }

    @Override
    public void recordAgent(String businessKey, String agent) {
        cases.assignAgent(businessKey, agent);
    }
}
