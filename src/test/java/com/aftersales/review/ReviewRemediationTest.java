package com.aftersales.review;

import com.aftersales.process.EventDelivery;

import com.aftersales.process.ReviewRemediation;
import com.aftersales.vocabulary.ReviewRating;
import com.aftersales.vocabulary.RevisedRating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.aftersales.casefile.CaseRecord;
import com.aftersales.casefile.CaseRepository;
import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.vocabulary.Audience;
import com.aftersales.notification.OutboxMessage;
import com.aftersales.notification.Phrase;
import com.aftersales.process.DeadlineProperties;
import com.aftersales.process.ReviewRemediation.Element;
import com.aftersales.process.ReviewRemediation.Var;
import com.aftersales.security.Groups;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Fixtures;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code review-remediation}: a neutral or negative review from posting to a closed review case, one test per path. */
@AfterSalesTest
class ReviewRemediationTest {

    private static final Duration JUST_PAST = Duration.ofMinutes(1);

    @Autowired ProcessEngine engine;
    @Autowired Fixtures fixtures;
    @Autowired ReviewIntake intake;
    @Autowired ReviewEvents events;
    @Autowired ReviewRepository reviews;
    @Autowired ReviewViews views;
    @Autowired CaseRepository cases;
    @Autowired DeadlineProperties deadlines;

    private Fixtures.Order order;
    private String reviewId;
    private ProcessInstance instance;

    @BeforeEach
    void setUp() {
        init(engine);
        order = fixtures.deliveredOrder("手机壳 phone case", "39.00", 5);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private void posted() {
        reviewId = intake.post(new NewReview(order.orderId(), order.buyerId(), ReviewRating.NEGATIVE,
                "用了三天就裂了 cracked after three days"), null, "integration").record().reviewId();
        instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ReviewRemediation.PROCESS_KEY).processInstanceBusinessKey(reviewId).singleResult();
        assertThat(instance).isWaitingAt(Element.CONTACT_REVIEWER);
        assertThat(task(instance)).hasCandidateGroup(Groups.AGENTS);
    }

    /** The agent contacts the buyer and replies publicly: the review waits for the buyer's revision. */
    private void handled(boolean openCase) {
        complete(task(instance), withVariables(Var.REVIEW_CAUSE.name(), "PRODUCT_QUALITY",
                Var.REMEDY_OFFERED.name(), "补发新手机壳 a new case shipped", Var.OPEN_CASE.name(), openCase));
        assertThat(instance).isWaitingAt(Element.REPLY_PUBLICLY);
        assertThat(fixtures.outbox(reviewId)).extracting(OutboxMessage::phrase).contains(Phrase.REVIEW_REVISION_REQUEST);
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Var.PUBLIC_REPLY.name()))
                .contains("非常抱歉", "手机壳", "商品质量", "Product quality", "补发新手机壳");
        complete(task(instance), withVariables(Var.PUBLIC_REPLY.name(), "亲，非常抱歉！已为您补发新品，并更换了供应商。"));
        assertThat(instance).isWaitingAt(Element.REVISION_WAIT);
    }

    @Test
    void aReviewRevisedWithinThirtyDaysClosesAsRevised() {
        posted();
        handled(false);
        assertThat(fixtures.outbox(reviewId)).extracting(OutboxMessage::phrase)
                .containsExactly(Phrase.REVIEW_REVISION_REQUEST, Phrase.REVIEW_PUBLIC_REPLY);
        assertThat(fixtures.outbox(reviewId)).filteredOn(m -> m.phrase() == Phrase.REVIEW_PUBLIC_REPLY).singleElement()
                .satisfies(m -> assertThat(m.audience()).isEqualTo(Audience.BUYER))
                .satisfies(m -> assertThat(m.body()).isEqualTo("亲，非常抱歉！已为您补发新品，并更换了供应商。"));

        fixtures.advance(Duration.ofDays(20));
        assertThat(events.revised(reviewId, RevisedRating.POSITIVE).status()).isEqualTo(EventDelivery.Status.DELIVERED);
        assertThat(instance).hasPassed(Element.CLOSE_REVISED).isEnded().variables().containsEntry(Var.REVIEW_REVISED.name(), true);
        ReviewRecord review = reviews.find(reviewId).orElseThrow();
        assertThat(review.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(review.revised()).isTrue();
        assertThat(review.revisedRating()).isEqualTo(RevisedRating.POSITIVE);
        assertThat(review.publicReply()).startsWith("亲，非常抱歉");
        assertThat(events.revised(reviewId, RevisedRating.POSITIVE).status()).isEqualTo(EventDelivery.Status.NOT_WAITING);
    }

    @Test
    void aReviewNeverRevisedClosesAfterThirtyDays() {
        posted();
        handled(false);
        assertThat(views.find(reviewId).orElseThrow().openDeadlines()).extracting(d -> d.name())
                .containsExactly("买家修改评价期限（30天） Review revision window (30 days)");
        fixtures.advance(deadlines.reviewRevision().plus(JUST_PAST));
        fixtures.runDueJobs(reviewId);
        assertThat(instance).hasPassed(Element.REVISION_DEADLINE, Element.CLOSE_NOT_REVISED).isEnded()
                .variables().containsEntry(Var.REVIEW_REVISED.name(), false);
        assertThat(reviews.find(reviewId).orElseThrow().revised()).isFalse();
        assertThat(events.revised(reviewId, RevisedRating.POSITIVE).status()).isEqualTo(EventDelivery.Status.NOT_WAITING);
    }

    @Test
    void aReviewNotHandledWithinSevenDaysIsEscalatedToTheTeamLead() {
        posted();
        fixtures.advance(deadlines.reviewHandling().plus(JUST_PAST));
        fixtures.runDueJobs(reviewId);
        assertThat(instance).hasPassed(Element.HANDLING_DEADLINE)
                .isWaitingAt(Element.CONTACT_REVIEWER);
        assertThat(fixtures.outbox(reviewId)).filteredOn(m -> m.phrase() == Phrase.REVIEW_HANDLING_OVERDUE).singleElement()
                .satisfies(m -> assertThat(m.recipient()).isEqualTo(Groups.TEAM_LEADS));
        handled(false); // late, but still handled
        fixtures.advance(deadlines.reviewRevision());
        fixtures.runDueJobs(reviewId);
        assertThat(instance).hasPassed(Element.CLOSE_NOT_REVISED);
    }

    @Test
    void aCauseThatNeedsAfterSalesWorkOpensACaseForTheOrder() {
        posted();
        handled(true);
        CaseRecord opened = cases.latestOfOrder(order.orderId()).orElseThrow();
        assertThat(opened.channel()).isEqualTo(com.aftersales.vocabulary.Channel.PLATFORM);
        assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(reviews.find(reviewId).orElseThrow().caseId()).isEqualTo(opened.caseId());
        assertThat(views.find(reviewId).orElseThrow().caseId()).isEqualTo(opened.caseId());
    }

    @Test
    void aReviewRevisedDuringHandlingClosesAtOnce() {
        posted();
        events.revised(reviewId, RevisedRating.NEUTRAL);
        assertThat(instance).hasNotPassed(Element.REPLY_PUBLICLY).hasPassed(Element.CLOSE_REVISED).isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void aReviewOfAnOrderThatIsNotTheBuyersIsRefusedAndNothingStarts() {
        long before = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ReviewRemediation.PROCESS_KEY).count();
        assertThatThrownBy(() -> intake.post(new NewReview(order.orderId(), "someone-else", ReviewRating.NEUTRAL, "一般"),
                null, "integration")).isInstanceOf(ReviewIntake.UnknownOrder.class);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ReviewRemediation.PROCESS_KEY).count()).isEqualTo(before);
    }
}
