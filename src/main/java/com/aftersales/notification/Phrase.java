package com.aftersales.notification;

/**
 * The suggested phrases (话术) the application sends by itself. Texts are in
 * {@code messages/phrases.properties}, so a shop can word them its own way.
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
    REFUND_PAID
}
