package com.aftersales.process;

import com.aftersales.vocabulary.Outcome;
import com.aftersales.vocabulary.ResponsibleParty;
import java.math.BigDecimal;

/** What the code knows of the {@code dispute-escalation} model: its key, element ids, messages and variables. */
public final class DisputeEscalation {

    public static final String PROCESS_KEY = "dispute-escalation";
    public static final String MESSAGE_PLATFORM_VERDICT = "PlatformVerdict";

    private DisputeEscalation() {
    }

    /** Element ids of processes/dispute-escalation.bpmn that code and tests refer to. */
    public static final class Element {
        public static final String ATTEMPT = "user_dispute_attempt";
        public static final String ATTEMPT_DEADLINE = "timer_dispute_attempt";
        public static final String EVIDENCE = "user_dispute_evidence";
        public static final String EVIDENCE_DEADLINE = "timer_dispute_evidence";
        public static final String REMIND_EVIDENCE = "service_remind_evidence";
        public static final String VERDICT = "receive_platform_verdict";
        public static final String RECORD_PENALTY = "service_record_penalty";
        public static final String PAY_VERDICT_REFUND = "service_pay_verdict_refund";
        public static final String CONCLUDE_WITHDRAWN = "service_conclude_withdrawn";
        public static final String CONCLUDE_SELLER = "service_conclude_seller";
        public static final String CONCLUDE_BUYER = "service_conclude_buyer";
        public static final String VERDICT_REMINDER = "timer_verdict_reminder";

        private Element() {
        }
    }

    /** Variables of a dispute instance (besides the case's own, passed in by the call activity). */
    public static final class Var {
        public static final Variable<Boolean> BUYER_WITHDREW = Variable.flag("buyerWithdrew");
        public static final Variable<Boolean> EVIDENCE_SUBMITTED = Variable.flag("evidenceSubmitted");
        public static final Variable<String> EVIDENCE_GUIDANCE = Variable.text("evidenceGuidance");
        public static final Variable<ResponsibleParty> RESPONSIBLE_PARTY =
                Variable.code("responsibleParty", ResponsibleParty.class);
        public static final Variable<BigDecimal> VERDICT_REFUND_AMOUNT = Variable.money("verdictRefundAmount");
        /** The refund the verdict orders (the amount named, else all that is left), paid by the next step. */
        public static final Variable<BigDecimal> VERDICT_REFUND_DUE = Variable.money("verdictRefundDue");
        public static final Variable<String> PENALTY = Variable.text("penalty");
        /** Local input of the concluding tasks and the result the case reads. */
        public static final Variable<Outcome> DISPUTE_OUTCOME = AfterSalesCase.Var.DISPUTE_OUTCOME;

        private Var() {
        }
    }
}
