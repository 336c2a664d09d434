package com.aftersales.review;

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
        public static final String END_REVISED = "end_revised";
        public static final String END_NOT_REVISED = "end_not_revised";

        private Element() {
        }
    }

    public static final class Var {
        public static final String REVIEW_ID = "reviewId";
        public static final String RATING = "rating";
        public static final String REVIEW_TEXT = "reviewText";
        public static final String LINKED_CASE_ID = "linkedCaseId";
        public static final String LINKED_CASE_STATUS = "linkedCaseStatus";
        public static final String REVIEW_CAUSE = "reviewCause";
        public static final String REMEDY_OFFERED = "remedyOffered";
        public static final String OPEN_CASE = "openCase";
        public static final String PUBLIC_REPLY = "publicReply";
        public static final String REVISED_RATING = "revisedRating";
        /** Local input of the closing tasks, and the instance's result. */
        public static final String REVIEW_REVISED = "reviewRevised";

        private Var() {
        }
    }
}
