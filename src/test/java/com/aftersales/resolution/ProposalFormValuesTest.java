package com.aftersales.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.process.AfterSalesCase.Element;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.Money;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import com.aftersales.vocabulary.Labels;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The proposal form still gets, under the same names, what the case no longer stores as process variables (issue 22):
 * the agent's configured limits, the counter-offer limit, the refundable amount and the policy's advice.
 */
@AfterSalesTest
class ProposalFormValuesTest {

    private static final List<String> COMPUTED = List.of("agentRefundLimit", "agentRefundWithoutReturnLimit",
            "agentShippingFeeLimit", "agentCouponLimit", "agentRedEnvelopeLimit", "maxCounterOffers", "refundableAmount",
            "recommendedResolution", "recommendedEligible", "recommendedReturnRequired", "recommendedRemedy");

    @Autowired ProcessEngine engine;
    @Autowired Fixtures fixtures;
    @Autowired CaseRepository cases;
    @Autowired RemedyLimits limits;
    @Autowired PolicyProperties policy;
    @Autowired Labels labels;

    private Task proposal(String caseId) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(Element.PROPOSE_RESOLUTION);
        return task;
    }

    @Test
    void theProposalFormGetsEachValueTheCaseNoLongerStores() {
        String caseId = fixtures.confirmedCase("电动拖把 electric mop", "199.00", "QUALITY_DEFECT");
        Task task = proposal(caseId);
        CaseRecord.Recommended advice = cases.find(caseId).orElseThrow().recommended();
        assertThat(advice).as("the case file keeps the policy's advice").isNotNull();

        VariableMap form = engine.getFormService().getTaskFormVariables(task.getId());

        assertThat(form).containsEntry("agentRefundLimit", Money.text(limits.agent().refund()))
                .containsEntry("agentRefundWithoutReturnLimit", Money.text(limits.agent().refundWithoutReturn()))
                .containsEntry("agentShippingFeeLimit", Money.text(limits.agent().shippingFee()))
                .containsEntry("agentCouponLimit", Money.text(limits.agent().coupon()))
                .containsEntry("agentRedEnvelopeLimit", Money.text(limits.agent().redEnvelope()))
                .containsEntry("maxCounterOffers", policy.maxCounterOffers())
                .containsEntry("refundableAmount", "199.00")
                .containsEntry("recommendedEligible", advice.eligible())
                .containsEntry("recommendedReturnRequired", advice.returnRequired())
                .containsEntry("recommendedResolutionLabel", labels.of(advice.resolution()))
                .containsEntry("recommendedRemedyLabel", labels.of(advice.remedy()));
        assertThat(form.get(Var.AGENT_COMPENSATION_LIMIT.name())).as("still a variable: per case, by tier").isNotNull();
        assertThat(engine.getRuntimeService().getVariables(task.getExecutionId()).keySet())
                .as("computed for the form, not stored").doesNotContainAnyElementsOf(COMPUTED);
    }

    @Test
    void aCaseThatStillHoldsAValueAsVariableShowsItsOwn() {
        String caseId = fixtures.confirmedCase("电动拖把 electric mop", "199.00", "QUALITY_DEFECT");
        Task task = proposal(caseId);
        engine.getRuntimeService().setVariable(task.getProcessInstanceId(), "agentCouponLimit", "10.00");

        assertThat(engine.getFormService().getTaskFormVariables(task.getId())).containsEntry("agentCouponLimit", "10.00");
    }
}
