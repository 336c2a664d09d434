package com.aftersales.notification;

/**
 * The suggested phrases (话术) the application sends by itself. Texts are in
 * {@code messages/phrases.properties}, so a shop can word them its own way. {@code PART_…} are pieces other
 * phrases include (what a resolution pays, who pays the return shipping); they are never sent alone.
 */
public enum Phrase {
    ACKNOWLEDGE,
    ASK_ORDER_DETAILS,
    ASK_EVIDENCE,
    CASE_CLOSED_NO_RESPONSE,
    LOOKUP_OVERDUE_AGENT,
    LOOKUP_OVERDUE_LEAD,
    BUYER_AGENT_UNAVAILABLE,
    PROPOSAL,
    PROPOSAL_REMINDER,
    RETURN_INSTRUCTIONS,
    ITEM_SHIPPED,
    REFUND_PAID,
    REMEDY_GIVEN,
    GIFT_PACKED,
    DISPUTE_OPENED,
    DISPUTE_REPEATED,
    DISPUTE_PLATFORM_INTERVENES,
    DISPUTE_EVIDENCE_OVERDUE,
    DISPUTE_PENALTY,
    DISPUTE_WITHDRAWN,
    DISPUTE_SELLER_LIABLE,
    DISPUTE_BUYER_LIABLE,
    REVIEW_REVISION_REQUEST,
    REVIEW_HANDLING_OVERDUE,
    REVIEW_PUBLIC_REPLY,
    /** Not sent: the template the public-reply form starts from. */
    REVIEW_REPLY_TEMPLATE,
    SELLER_RESPONSE_REMINDER,
    SELLER_RESPONSE_OVERDUE,
    AGREED_AUTOMATICALLY,
    TASK_OVERDUE,
    TASK_OVERDUE_LEAD,
    REFUND_PAYMENT_OVERDUE,
    DISPUTE_VERDICT_OVERDUE,
    CASE_CLOSED_RESOLVED,
    CASE_CLOSED_WITHOUT_ANSWER,
    CASE_CLOSED_WITHDRAWN,
    CASE_CLOSED_NOT_ELIGIBLE,
    CASE_CLOSED_RETURN_NOT_SHIPPED,
    CASE_CLOSED_RETURN_REJECTED,
    PART_PAYOUT_REFUND,
    PART_PAYOUT_COMPENSATION,
    PART_RETURN_SHIPPING
}
