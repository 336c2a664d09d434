package com.aftersales.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a buyer reads: words from the label catalogue and amounts with two decimals, never a code or a blank. */
@AfterSalesTest
class BuyerMessagesTest {

    /** Codes a buyer must never see, and what an empty amount would look like. */
    private static final String[] RAW = {"EXCHANGE", "PARTIAL_REFUND", "RETURN_AND_REFUND", "SELLER", "BUYER",
            "QUALITY_DEFECT", "NOT_AS_DESCRIBED", "  元", "退款 元", "补偿 元", "{", "}"};

    @Autowired Fixtures fixtures;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anExchangeIsProposedInWordsWithWhoPaysTheReturnShipping() {
        String caseId = fixtures.confirmedCase("电动拖把 electric mop", "199.00", "QUALITY_DEFECT");
        fixtures.completeTask(caseId, Map.of("resolution", "EXCHANGE"));

        assertThat(proposal(caseId)).isEqualTo("亲，针对您的问题（案件 " + caseId + "），我们建议的处理方案是：换货，"
                + "退货运费由卖家承担。您看这样可以吗？\nFor case " + caseId + " we propose: Exchange; return shipping is paid "
                + "by the seller. Does this work for you?").doesNotContain(RAW);
    }

    @Test
    void aPartialRefundIsProposedWithItsAmountAndNoReturn() {
        String caseId = fixtures.confirmedCase("手机壳 phone case", "39.00", "NOT_AS_DESCRIBED");
        fixtures.completeTask(caseId, Map.of("resolution", "PARTIAL_REFUND", "compensationAmount", "12.5"));

        assertThat(proposal(caseId)).isEqualTo("亲，针对您的问题（案件 " + caseId + "），我们建议的处理方案是：部分退款/补偿，"
                + "补偿 12.50 元。您看这样可以吗？\nFor case " + caseId + " we propose: Partial refund (compensation), with "
                + "compensation of 12.50 yuan. Does this work for you?").doesNotContain(RAW);
    }

    private String proposal(String caseId) {
        return fixtures.outbox(caseId).stream().filter(message -> message.phrase() == Phrase.PROPOSAL)
                .findFirst().orElseThrow().body();
    }
}
