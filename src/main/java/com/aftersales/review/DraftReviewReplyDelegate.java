package com.aftersales.review;

import com.aftersales.notification.Phrase;
import com.aftersales.notification.PhraseBook;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.ReviewRemediation.Var;
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
        Map<String, Object> values = new HashMap<>();
        values.put(AfterSalesCase.Var.ORDER_ITEM.name(), AfterSalesCase.Var.ORDER_ITEM.get(execution));
        values.put(Var.REVIEW_CAUSE.name(), Var.REVIEW_CAUSE.get(execution));
        values.put(Var.REMEDY_OFFERED.name(), Var.REMEDY_OFFERED.get(execution));
        String reply = phrases.render(Phrase.REVIEW_REPLY_TEMPLATE, values).message();
        Var.PUBLIC_REPLY.set(execution, reply.length() > MAX_REPLY ? reply.substring(0, MAX_REPLY) : reply);
    }
}
