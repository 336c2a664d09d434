package com.aftersales.review;

import com.aftersales.notification.Phrase;
import com.aftersales.notification.PhraseBook;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.review.ReviewRemediation.Var;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Pre-fills the public reply from the shop's template: apologise, explain the cause, show the fix. */
@Component("draftReviewReply")
class DraftReviewReplyDelegate implements JavaDelegate {

    static final int MAX_REPLY = 500;

    private final PhraseBook phrases;

    DraftReviewReplyDelegate(PhraseBook phrases) {
        this.phrases = phrases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, String> values = new HashMap<>();
        for (String name : new String[] {AfterSalesCase.Var.ORDER_ITEM, Var.REVIEW_CAUSE, Var.REMEDY_OFFERED}) {
            Object value = execution.getVariable(name);
            values.put(name, value == null ? "" : value.toString());
        }
        String reply = phrases.text(Phrase.REVIEW_REPLY_TEMPLATE, values);
        execution.setVariable(Var.PUBLIC_REPLY, reply.length() > MAX_REPLY ? reply.substring(0, MAX_REPLY) : reply);
    }
}
