package com.aftersales.process;

/**
 * The one place for what the code knows of the {@code after-sales-case} model: its key,
 * the element ids it refers to and the names of its variables.
 */
public final class AfterSalesCase {

    public static final String PROCESS_KEY = "after-sales-case";

    private AfterSalesCase() {
    }

    /** Element ids of processes/after-sales-case.bpmn that code and tests refer to. */
    public static final class Element {
        public static final String START_INQUIRY = "start_inquiry";
        public static final String REGISTER_CASE = "service_register_case";
        public static final String LOOKUP = "sub_lookup";
        public static final String LOOKUP_ORDER = "service_lookup_order";
        public static final String VERIFY_ORDER = "user_verify_order";
        public static final String CONFIRM_PROBLEM = "user_confirm_problem";
        public static final String LOOKUP_WINDOW = "timer_lookup_window";
        public static final String REMIND_LOOKUP_OVERDUE = "service_remind_lookup_overdue";
        public static final String REQUEST_ORDER_DETAILS = "service_request_order_details";
        public static final String AWAIT_ORDER_DETAILS = "user_await_order_details";
        public static final String ORDER_DETAILS_REPLY = "timer_order_details_reply";
        public static final String REQUEST_EVIDENCE = "service_request_evidence";
        public static final String AWAIT_EVIDENCE = "user_await_evidence";
        public static final String EVIDENCE_REPLY = "timer_evidence_reply";
        public static final String CLOSE_NO_RESPONSE = "service_close_no_response";
        public static final String END_CONFIRMED = "end_confirmed";
        public static final String END_NO_RESPONSE = "end_no_response";

        private Element() {
        }
    }

    /** Variable names. The first block is part of the outside contract (Tasklist filters, Cockpit searches). */
    public static final class Var {
        public static final String CASE_ID = "caseId";
        public static final String ORDER_ID = "orderId";
        public static final String BUYER_ID = "buyerId";
        public static final String CHANNEL = "channel";
        public static final String ISSUE_TYPE = "issueType";
        public static final String RESOLUTION = "resolution";
        public static final String REFUND_AMOUNT = "refundAmount";
        public static final String OUTCOME = "outcome";

        public static final String DESCRIPTION = "description";
        public static final String REQUESTED_OUTCOME = "requestedOutcome";
        public static final String EVIDENCE_LINKS = "evidenceLinks";
        public static final String CASE_AGENT = "caseAgent";
        public static final String ORDER_FOUND = "orderFound";
        public static final String ORDER_BUYER_MATCHES = "orderBuyerMatches";
        public static final String ORDER_ITEM = "orderItem";
        public static final String ORDER_PAID_AMOUNT = "orderPaidAmount";
        public static final String ORDER_STATUS = "orderStatus";
        public static final String ORDER_DELIVERED_AT = "orderDeliveredAt";
        public static final String LOOKUP_NOTE = "lookupNote";
        public static final String ORDER_VERIFIED = "orderVerified";
        public static final String EVIDENCE_PROVIDED = "evidenceProvided";
        /** Local input of the closing service tasks: the outcome they close the case with. */
        public static final String CLOSING_OUTCOME = "closingOutcome";
        /** Local input of the notifyBuyer service tasks: which 话术 phrase to send. */
        public static final String PHRASE = "phrase";

        private Var() {
        }
    }

    /** Name of the BPMN extension property that tells which of the seven steps an element belongs to. */
    public static final String STEP_PROPERTY = "step";
}
