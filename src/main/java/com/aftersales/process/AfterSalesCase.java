package com.aftersales.process;

import com.aftersales.vocabulary.AlternativeDecision;
import com.aftersales.vocabulary.Channel;
import com.aftersales.vocabulary.CustomerDecision;
import com.aftersales.vocabulary.CustomerTier;
import com.aftersales.vocabulary.DisputeTrigger;
import com.aftersales.vocabulary.IssueType;
import com.aftersales.vocabulary.KeepOrderDecision;
import com.aftersales.vocabulary.LeadReturnDecision;
import com.aftersales.vocabulary.OpenedBy;
import com.aftersales.vocabulary.Outcome;
import com.aftersales.vocabulary.PolicyRoute;
import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.RequestedOutcome;
import com.aftersales.vocabulary.Resolution;
import com.aftersales.vocabulary.ReturnCondition;
import com.aftersales.vocabulary.ShippingPayer;
import com.aftersales.vocabulary.ShippingState;
import com.aftersales.vocabulary.TakeOverDecision;
import java.math.BigDecimal;
import java.time.Instant;

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
        public static final String CLOSE_RETURN_NOT_SHIPPED = "service_close_return_not_shipped";
        public static final String INSPECT_RETURN = "user_inspect_return";
        public static final String RETURN_INSPECTION_DEADLINE = "timer_return_inspection";
        public static final String ACCEPT_UNINSPECTED_RETURN = "service_accept_uninspected_return";
        public static final String REVIEW_RETURN = "user_review_return";
        public static final String END_RETURN_REJECTED = "end_return_rejected";
        public static final String SHIP_ITEM = "user_ship_item";
        public static final String TELL_BUYER_SHIPMENT = "service_tell_buyer_shipment";
        public static final String ARRANGE_REPAIR = "user_arrange_repair";
        public static final String REFUND = "service_refund";
        public static final String GIVE_REMEDIES = "service_give_remedies";
        public static final String LOGISTICS = "sub_logistics";
        public static final String READ_PARCEL = "service_read_parcel";
        public static final String OFFER_CANCELLATION = "user_offer_cancellation";
        public static final String REFUND_CANCELLATION = "service_refund_cancellation";
        public static final String REASSURE = "user_reassure";
        public static final String APOLOGISE = "user_apologise";
        public static final String TELL_LEAD_URGED = "service_tell_lead_urged";
        public static final String SHIP_URGED = "user_ship_urged";
        public static final String GIVE_URGE_REMEDIES = "service_give_urge_remedies";
        public static final String CHASE_CARRIER = "user_chase_carrier";
        public static final String REGISTER_LOST = "service_register_lost";
        public static final String CHANGE_ADDRESS = "user_change_address";
        public static final String REDIRECT_PARCEL = "user_redirect_parcel";
        public static final String CLOSE_LOGISTICS = "service_close_logistics";
        public static final String KEEP_ORDER = "user_keep_order";
        public static final String PARCEL_RETURNED = "receive_parcel_returned";
        public static final String REFUND_BEFORE_DELIVERY_DEADLINE = "timer_keep_order";
        public static final String FOLLOW_UP_DUE = "timer_follow_up";
        public static final String FOLLOW_UP = "user_follow_up";
        public static final String RECORD_REOPEN = "service_record_reopen";
        public static final String LEAD_TAKE_OVER = "user_lead_take_over";
        public static final String END_RESOLVED = "end_resolved";
        public static final String CLOSE_NOT_ELIGIBLE = "service_close_not_eligible";
        public static final String OFFER_ALTERNATIVE = "user_offer_alternative";
        public static final String PROPOSAL_ROUND = "sub_proposal";
        public static final String SELLER_RESPONSE_REMINDER = "timer_seller_response_reminder";
        public static final String SELLER_RESPONSE = "timer_seller_response";
        public static final String AGREE_AUTOMATICALLY = "service_agree_automatically";
        public static final String FOLLOW_UP_ANSWER = "timer_follow_up_answer";
        public static final String CLOSE_WITHOUT_ANSWER = "service_close_without_answer";
        public static final String CLOSE_WITHDRAWN = "service_close_withdrawn";
        public static final String REFUND_PAYMENT_DEADLINE = "timer_refund_payment";
        public static final String DISPUTE_AFTER_CLOSE = "start_dispute_after_close";
        public static final String REOPEN_FOR_DISPUTE = "service_reopen_for_dispute";

        private Element() {
        }
    }

    /**
     * The case's variables, typed. The first block is part of the outside contract (Tasklist filters, Cockpit
     * searches, engine-REST integrators); {@code name()} gives the name where an engine API wants a string.
     */
    public static final class Var {
        public static final Variable<String> CASE_ID = Variable.text("caseId");
        public static final Variable<String> ORDER_ID = Variable.text("orderId");
        public static final Variable<String> BUYER_ID = Variable.text("buyerId");
        public static final Variable<Channel> CHANNEL = Variable.code("channel", Channel.class);
        public static final Variable<IssueType> ISSUE_TYPE = Variable.code("issueType", IssueType.class);
        public static final Variable<Resolution> RESOLUTION = Variable.code("resolution", Resolution.class);
        public static final Variable<BigDecimal> REFUND_AMOUNT = Variable.money("refundAmount");
        public static final Variable<Outcome> OUTCOME = Variable.code("outcome", Outcome.class);

        public static final Variable<String> DESCRIPTION = Variable.text("description");
        public static final Variable<RequestedOutcome> REQUESTED_OUTCOME =
                Variable.code("requestedOutcome", RequestedOutcome.class);
        public static final Variable<String> EVIDENCE_LINKS = Variable.text("evidenceLinks");
        /** The buyer's agent (one buyer, one agent): the assignee of the agents' tasks. */
        public static final Variable<String> CASE_AGENT = Variable.text("caseAgent");
        /**
         * What the order look-up found: kept in the case file ({@code CaseRecord.OrderCheck}) and shown to forms as
         * form values (verification/LookupFormValues); variables only in cases looked up before issue 22.
         */
        public static final Variable<Boolean> ORDER_FOUND = Variable.flag("orderFound");
        public static final Variable<Boolean> ORDER_BUYER_MATCHES = Variable.flag("orderBuyerMatches");
        public static final Variable<String> ORDER_ITEM = Variable.text("orderItem");
        public static final Variable<BigDecimal> ORDER_PAID_AMOUNT = Variable.money("orderPaidAmount");
        /** Form values, not stored (verification/LookupFormValues, issue 22): the look-up in the agent's words. */
        public static final Variable<String> ORDER_STATUS = Variable.text("orderStatus");
        public static final Variable<String> LOOKUP_NOTE = Variable.text("lookupNote");
        public static final Variable<Boolean> ORDER_VERIFIED = Variable.flag("orderVerified");
        public static final Variable<Boolean> EVIDENCE_PROVIDED = Variable.flag("evidenceProvided");
        public static final Variable<BigDecimal> COMPENSATION_AMOUNT = Variable.money("compensationAmount");
        public static final Variable<Boolean> COMPENSATION_APPROVED = Variable.flag("compensationApproved");
        /**
         * The policy's advice: kept in the case file (after_sales_case, {@code CaseRecord.Recommended}) and shown to
         * forms as form values (resolution/ProposalFormValues); variables only in cases recommended before issue 22.
         */
        public static final Variable<Resolution> RECOMMENDED_RESOLUTION =
                Variable.code("recommendedResolution", Resolution.class);
        public static final Variable<Boolean> RECOMMENDED_ELIGIBLE = Variable.flag("recommendedEligible");
        public static final Variable<Boolean> RECOMMENDED_RETURN_REQUIRED = Variable.flag("recommendedReturnRequired");
        public static final Variable<ShippingPayer> RETURN_SHIPPING_PAID_BY =
                Variable.code("returnShippingPaidBy", ShippingPayer.class);
        public static final Variable<PolicyRoute> RECOMMENDED_ROUTE = Variable.code("recommendedRoute", PolicyRoute.class);
        public static final Variable<BigDecimal> AGENT_COMPENSATION_LIMIT = Variable.money("agentCompensationLimit");
        /** A form value, computed from the ledger when the form loads (resolution/ProposalFormValues); not stored. */
        public static final Variable<BigDecimal> REFUNDABLE_AMOUNT = Variable.money("refundableAmount");
        /** The buyer's tier, from the order system when the case starts. */
        public static final Variable<CustomerTier> BUYER_TIER = Variable.code("buyerTier", CustomerTier.class);
        /** What the decision table recommends giving beside the resolution (a gift, a coupon …): as the advice above. */
        public static final Variable<RemedyKind> RECOMMENDED_REMEDY = Variable.code("recommendedRemedy", RemedyKind.class);
        /**
         * The agent's configured limits (the proposal form shows them, the proposal check applies them): form values
         * from configuration (resolution/ProposalFormValues), variables only in cases recommended before issue 22.
         */
        public static final Variable<BigDecimal> AGENT_REFUND_LIMIT = Variable.money("agentRefundLimit");
        public static final Variable<BigDecimal> AGENT_REFUND_WITHOUT_RETURN_LIMIT =
                Variable.money("agentRefundWithoutReturnLimit");
        public static final Variable<BigDecimal> AGENT_SHIPPING_FEE_LIMIT = Variable.money("agentShippingFeeLimit");
        public static final Variable<BigDecimal> AGENT_COUPON_LIMIT = Variable.money("agentCouponLimit");
        public static final Variable<BigDecimal> AGENT_RED_ENVELOPE_LIMIT = Variable.money("agentRedEnvelopeLimit");
        /** The remedies a proposal gives beside its resolution: each a yes/no field and its amount (a gift: its name). */
        public static final Variable<Boolean> GIVE_SHIPPING_FEE = Variable.flag("giveShippingFee");
        public static final Variable<BigDecimal> SHIPPING_FEE_AMOUNT = Variable.money("shippingFeeAmount");
        public static final Variable<Boolean> GIVE_COUPON = Variable.flag("giveCoupon");
        public static final Variable<BigDecimal> COUPON_AMOUNT = Variable.money("couponAmount");
        public static final Variable<Boolean> GIVE_RED_ENVELOPE = Variable.flag("giveRedEnvelope");
        public static final Variable<BigDecimal> RED_ENVELOPE_AMOUNT = Variable.money("redEnvelopeAmount");
        public static final Variable<Boolean> GIVE_GIFT = Variable.flag("giveGift");
        public static final Variable<String> GIFT_ITEM = Variable.text("giftItem");
        /** Where the order's parcel is, as the logistics contact found it (logistics/ReadParcelDelegate). */
        public static final Variable<ShippingState> SHIPPING_STATE = Variable.code("shippingState", ShippingState.class);
        public static final Variable<Instant> PROMISED_SHIP_BY = Variable.time("promisedShipBy");
        public static final Variable<String> PARCEL_CARRIER = Variable.text("parcelCarrier");
        public static final Variable<String> PARCEL_TRACKING_NUMBER = Variable.text("parcelTrackingNumber");
        public static final Variable<Instant> PARCEL_LAST_EVENT_AT = Variable.time("parcelLastEventAt");
        public static final Variable<String> SHIPPING_ADDRESS = Variable.text("shippingAddress");
        /** The parcel left but its tracking has not moved for the configured time (物流不更新). */
        public static final Variable<Boolean> TRACKING_STALLED = Variable.flag("trackingStalled");
        /** How often the buyer urged this order to be shipped (催发货), this case included. */
        public static final Variable<Integer> URGES = Variable.count("urges");
        /** The shop's promised ship-by time has passed. */
        public static final Variable<Boolean> PAST_PROMISE = Variable.flag("pastPromise");
        public static final Variable<Boolean> CANCELLATION_ACCEPTED = Variable.flag("cancellationAccepted");
        public static final Variable<Boolean> BUYER_REASSURED = Variable.flag("buyerReassured");
        /** What the carrier said when the agent chased it, as the buyer is told. */
        public static final Variable<String> CARRIER_ANSWER = Variable.text("carrierAnswer");
        public static final Variable<Boolean> PARCEL_LOST = Variable.flag("parcelLost");
        public static final Variable<String> NEW_ADDRESS = Variable.text("newAddress");
        public static final Variable<Boolean> REDIRECTED = Variable.flag("redirected");
        public static final Variable<KeepOrderDecision> KEEP_ORDER_DECISION =
                Variable.code("keepOrderDecision", KeepOrderDecision.class);
        /** Why the proposal waits for a team lead: each amount above the agent's limit, in words. */
        public static final Variable<String> APPROVAL_REASONS = Variable.text("approvalReasons");
        public static final Variable<Integer> COUNTER_OFFERS = Variable.count("counterOffers");
        /** A form value from configuration (resolution/ProposalFormValues); not stored. */
        public static final Variable<Integer> MAX_COUNTER_OFFERS = Variable.count("maxCounterOffers");
        public static final Variable<CustomerDecision> CUSTOMER_DECISION =
                Variable.code("customerDecision", CustomerDecision.class);
        public static final Variable<Integer> REOPENS = Variable.count("reopens");
        public static final Variable<String> RETURN_CARRIER = Variable.text("returnCarrier");
        public static final Variable<String> RETURN_TRACKING_NUMBER = Variable.text("returnTrackingNumber");
        /** What the warehouse shipped to the buyer (a replacement, a missing item): the buyer is told both. */
        public static final Variable<String> SHIPMENT_CARRIER = Variable.text("shipmentCarrier");
        public static final Variable<String> SHIPMENT_TRACKING_NUMBER = Variable.text("shipmentTrackingNumber");
        public static final Variable<ReturnCondition> RETURN_CONDITION =
                Variable.code("returnCondition", ReturnCondition.class);
        public static final Variable<String> INSPECTION_NOTE = Variable.text("inspectionNote");
        public static final Variable<LeadReturnDecision> LEAD_RETURN_DECISION =
                Variable.code("leadReturnDecision", LeadReturnDecision.class);
        public static final Variable<AlternativeDecision> ALTERNATIVE_DECISION =
                Variable.code("alternativeDecision", AlternativeDecision.class);
        public static final Variable<TakeOverDecision> TAKE_OVER_DECISION =
                Variable.code("takeOverDecision", TakeOverDecision.class);
        /** Set when the shop let its response time pass and the refund request was agreed as the marketplace does. */
        public static final Variable<Boolean> AGREED_AUTOMATICALLY = Variable.flag("agreedAutomatically");
        /** How often the case entered handling: each time is a payment of its own. */
        public static final Variable<Integer> HANDLING_ROUND = Variable.count("handlingRound");
        /** Whether the buyer answered the follow-up (false: closed as resolved without an answer). */
        public static final Variable<Boolean> FOLLOW_UP_ANSWERED = Variable.flag("followUpAnswered");
        public static final Variable<Boolean> SATISFIED = Variable.flag("satisfied");
        public static final Variable<Integer> SATISFACTION_SCORE = Variable.count("satisfactionScore");
        /** Set once the case has had its dispute: a case is never disputed twice. */
        public static final Variable<Boolean> DISPUTE_HELD = Variable.flag("disputeHeld");
        /** Why the dispute started: the escalation code the model throws. */
        public static final Variable<DisputeTrigger> DISPUTE_TRIGGER = Variable.code("disputeTrigger", DisputeTrigger.class);
        public static final Variable<OpenedBy> DISPUTE_OPENED_BY = Variable.code("disputeOpenedBy", OpenedBy.class);
        public static final Variable<String> DISPUTE_REASON = Variable.text("disputeReason");
        /** How the dispute ended: WITHDRAWN, DISPUTE_SELLER_LIABLE or DISPUTE_BUYER_LIABLE. */
        public static final Variable<Outcome> DISPUTE_OUTCOME = Variable.code("disputeOutcome", Outcome.class);

        /** Setting of the closing service tasks (their property, {@link Variable#ofStep}): the outcome they close the case with. */
        public static final Variable<Outcome> CLOSING_OUTCOME = Variable.code("closingOutcome", Outcome.class);
        /** Setting of the notifying service tasks (their property, {@link Variable#ofStep}): which 话术 phrase to send. */
        public static final Variable<String> PHRASE = Variable.text("phrase");

        private Var() {
        }
    }

    /** Messages integrators (and the domain API) send to a case, correlated by its business key. */
    /** The carrier reports a recalled or refused parcel back with the shop (a RETURNED_TO_SENDER logistics event). */
    public static final String MESSAGE_PARCEL_RETURNED = "ParcelReturned";
    public static final String MESSAGE_RETURN_SHIPPED = "ReturnShipped";
    public static final String MESSAGE_DISPUTE_OPENED = "DisputeOpened";

}
