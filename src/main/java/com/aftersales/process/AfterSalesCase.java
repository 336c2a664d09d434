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
        public static final String END_NO_RESPONSE = "end_no_response";
        public static final String RECOMMEND_RESOLUTION = "service_recommend_resolution";
        public static final String PROPOSE_RESOLUTION = "user_propose_resolution";
        public static final String APPROVE_COMPENSATION = "user_approve_compensation";
        public static final String SEND_PROPOSAL = "service_send_proposal";
        public static final String NEGOTIATE = "user_negotiate";
        public static final String PROPOSAL_REMINDER = "timer_proposal_reminder";
        public static final String REMIND_PROPOSAL = "service_remind_proposal";
        public static final String PROPOSAL_DECISION = "timer_proposal_decision";
        public static final String RECORD_COUNTER_OFFER = "service_record_counter_offer";
        public static final String LEAD_DECIDE_RESOLUTION = "user_lead_decide_resolution";
        public static final String CASE_WORK = "sub_case";
        public static final String DISPUTE = "boundary_dispute";
        public static final String OPEN_DISPUTE = "service_open_dispute";
        public static final String CALL_DISPUTE = "call_dispute";
        public static final String REPEAT_COMPLAINT = "service_tell_lead_repeat_complaint";
        public static final String END_DISPUTE_CLOSED = "end_dispute_closed";
        public static final String SEND_RETURN_INSTRUCTIONS = "service_send_return_instructions";
        public static final String RETURN_SHIPMENT = "receive_return_shipment";
        public static final String RETURN_SHIPMENT_DEADLINE = "timer_return_shipment";
        public static final String END_RETURN_NOT_SHIPPED = "end_return_not_shipped";
        public static final String INSPECT_RETURN = "user_inspect_return";
        public static final String RETURN_INSPECTION_DEADLINE = "timer_return_inspection";
        public static final String ACCEPT_UNINSPECTED_RETURN = "service_accept_uninspected_return";
        public static final String REVIEW_RETURN = "user_review_return";
        public static final String END_RETURN_REJECTED = "end_return_rejected";
        public static final String SHIP_ITEM = "user_ship_item";
        public static final String ARRANGE_REPAIR = "user_arrange_repair";
        public static final String REFUND = "service_refund";
        public static final String FOLLOW_UP_DUE = "timer_follow_up";
        public static final String FOLLOW_UP = "user_follow_up";
        public static final String RECORD_REOPEN = "service_record_reopen";
        public static final String LEAD_TAKE_OVER = "user_lead_take_over";
        public static final String END_RESOLVED = "end_resolved";
        public static final String END_NOT_ELIGIBLE = "end_not_eligible";

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
        public static final String COMPENSATION_AMOUNT = "compensationAmount";
        public static final String RECOMMENDED_RESOLUTION = "recommendedResolution";
        public static final String RECOMMENDED_ELIGIBLE = "recommendedEligible";
        public static final String RECOMMENDED_RETURN_REQUIRED = "recommendedReturnRequired";
        public static final String RETURN_SHIPPING_PAID_BY = "returnShippingPaidBy";
        public static final String RECOMMENDED_ROUTE = "recommendedRoute";
        public static final String AGENT_COMPENSATION_LIMIT = "agentCompensationLimit";
        public static final String REFUNDABLE_AMOUNT = "refundableAmount";
        public static final String COUNTER_OFFERS = "counterOffers";
        public static final String MAX_COUNTER_OFFERS = "maxCounterOffers";
        public static final String REOPENS = "reopens";
        public static final String RETURN_CARRIER = "returnCarrier";
        public static final String RETURN_TRACKING_NUMBER = "returnTrackingNumber";
        public static final String RETURN_CONDITION = "returnCondition";
        public static final String INSPECTION_NOTE = "inspectionNote";
        public static final String SATISFIED = "satisfied";
        public static final String SATISFACTION_SCORE = "satisfactionScore";
        /** Set once the case has had its dispute: a case is never disputed twice. */
        public static final String DISPUTE_HELD = "disputeHeld";
        /** Why the dispute started: the escalation code (PROPOSAL_REJECTED, SUSPECTED_COUNTERFEIT, COMPLAINT). */
        public static final String DISPUTE_TRIGGER = "disputeTrigger";
        public static final String DISPUTE_OPENED_BY = "disputeOpenedBy";
        public static final String DISPUTE_REASON = "disputeReason";
        /** How the dispute ended: WITHDRAWN, DISPUTE_SELLER_LIABLE or DISPUTE_BUYER_LIABLE. */
        public static final String DISPUTE_OUTCOME = "disputeOutcome";

        /** Local input of the closing service tasks: the outcome they close the case with. */
        public static final String CLOSING_OUTCOME = "closingOutcome";
        /** Local input of the notifyBuyer service tasks: which 话术 phrase to send. */
        public static final String PHRASE = "phrase";

        private Var() {
        }
    }

    /** Messages integrators (and the domain API) send to a case, correlated by its business key. */
    public static final String MESSAGE_RETURN_SHIPPED = "ReturnShipped";
    public static final String MESSAGE_DISPUTE_OPENED = "DisputeOpened";

    /** Name of the BPMN extension property that tells which of the seven steps an element belongs to. */
    public static final String STEP_PROPERTY = "step";
}
