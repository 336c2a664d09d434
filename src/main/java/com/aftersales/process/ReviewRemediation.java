package com.aftersales.process;

import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.vocabulary.ReviewCause;
import com.aftersales.vocabulary.ReviewRating;
import com.aftersales.vocabulary.RevisedRating;

/** What the code knows of the {@code review-remediation} model: its key, messages, element ids and variables. */
public final class ReviewRemediation {

    public static final String PROCESS_KEY = "review-remediation";
    public static final String MESSAGE_REVIEW_POSTED = "ReviewPosted";
    public static final String MESSAGE_REVIEW_REVISED = "ReviewRevised";
    public static final String ID_PREFIX = "RV-";

    private ReviewRemediation() {
    }

    /** Element ids of processes/review-remediation.bpmn that code and tests refer to. */
    public static final class Element {
        public static final String CONTACT_REVIEWER = "user_contact_reviewer";
        public static final String OPEN_CASE = "service_open_review_case";
        public static final String ASK_REVISION = "service_ask_revision";
        public static final String REPLY_PUBLICLY = "user_reply_publicly";
        public static final String HANDLING_DEADLINE = "timer_review_handling";
        public static final String REVIEW_OVERDUE = "service_review_overdue";
        public static final String REVISION_WAIT = "receive_review_revision";
        public static final String REVISION_DEADLINE = "timer_review_revision";
        public static final String CLOSE_REVISED = "service_close_revised";
        public static final String CLOSE_NOT_REVISED = "service_close_not_revised";

        private Element() {
        }
    }

    public static final class Var {
        public static final Variable<String> REVIEW_ID = Variable.text("reviewId");
        public static final Variable<ReviewRating> RATING = Variable.code("rating", ReviewRating.class);
        public static final Variable<String> REVIEW_TEXT = Variable.text("reviewText");
        public static final Variable<String> LINKED_CASE_ID = Variable.text("linkedCaseId");
        public static final Variable<CaseStatus> LINKED_CASE_STATUS = Variable.code("linkedCaseStatus", CaseStatus.class);
        public static final Variable<ReviewCause> REVIEW_CAUSE = Variable.code("reviewCause", ReviewCause.class);
        public static final Variable<String> REMEDY_OFFERED = Variable.text("remedyOffered");
        public static final Variable<Boolean> OPEN_CASE = Variable.flag("openCase");
        public static final Variable<String> PUBLIC_REPLY = Variable.text("publicReply");
        public static final Variable<RevisedRating> REVISED_RATING = Variable.code("revisedRating", RevisedRating.class);
        /** Local input of the closing tasks, and the instance's result. */
        public static final Variable<Boolean> REVIEW_REVISED = Variable.flag("reviewRevised");

        private Var() {
        }
    }
}
