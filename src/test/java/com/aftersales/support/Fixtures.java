package com.aftersales.support;

import com.aftersales.process.DisputeEscalation;
import com.aftersales.intake.CaseIntake;
import com.aftersales.vocabulary.Channel;
import com.aftersales.intake.NewCase;
import com.aftersales.vocabulary.RequestedOutcome;
import com.aftersales.notification.Outbox;
import com.aftersales.notification.OutboxMessage;
import com.aftersales.process.AfterSalesCase;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test data and time: buyers and orders of one's own, cases opened as integrators do, deadlines made due. */
@TestComponent
public class Fixtures {

    private final JdbcTemplate jdbc;
    private final CaseIntake intake;
    private final ProcessEngine engine;
    private final Outbox outbox;

    public Fixtures(JdbcTemplate jdbc, CaseIntake intake, ProcessEngine engine, Outbox outbox) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.engine = engine;
        this.outbox = outbox;
    }

    public record Order(String orderId, String buyerId) {
    }

    /** A new buyer with one delivered order, so tests never share a buyer's history. */
    public Order deliveredOrder(String item, String paid, int daysSinceDelivery) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Order order = new Order("TB" + suffix, "buyer-" + suffix.toLowerCase());
        orderOf(order.buyerId(), order.orderId(), item, paid, daysSinceDelivery);
        return order;
    }

    /** Another order of an existing buyer. */
    public Order orderOf(String buyerId, String orderId, String item, String paid, int daysSinceDelivery) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        jdbc.update("insert into shop_order (order_id, buyer_id, item_name, paid_amount, delivered_at, shipping_state, "
                        + "created_at) values (?, ?, ?, ?, ?, 'DELIVERED', ?)", orderId, buyerId, item, new BigDecimal(paid),
                Timestamp.from(now.minus(Duration.ofDays(daysSinceDelivery))), Timestamp.from(now));
        return new Order(orderId, buyerId);
    }

    /**
     * A new buyer's order that has not left the warehouse: paid, promised to ship by {@code promisedIn} from now
     * (negative: the promise has passed), with a shipping address.
     */
    public Order unshippedOrder(String item, String paid, Duration promisedIn) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Order order = new Order("TB" + suffix, "buyer-" + suffix.toLowerCase());
        Instant now = ClockUtil.getCurrentTime().toInstant();
        jdbc.update("insert into shop_order (order_id, buyer_id, item_name, paid_amount, paid_at, promised_ship_by, "
                        + "shipping_address, shipping_state, created_at) values (?, ?, ?, ?, ?, ?, ?, 'NOT_SHIPPED', ?)",
                order.orderId(), order.buyerId(), item, new BigDecimal(paid), Timestamp.from(now.minus(Duration.ofDays(3))),
                Timestamp.from(now.plus(promisedIn)), "王女士 13800000000 杭州市西湖区文三路 1 号", Timestamp.from(now));
        return order;
    }

    /** A new buyer's order the carrier has had since {@code daysAgo}, its tracking as the carrier last reported it. */
    public Order shippedOrder(String item, String paid, int daysAgo) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Order order = new Order("TB" + suffix, "buyer-" + suffix.toLowerCase());
        Instant now = ClockUtil.getCurrentTime().toInstant();
        jdbc.update("insert into shop_order (order_id, buyer_id, item_name, paid_amount, shipping_address, shipping_state, "
                        + "carrier, tracking_number, last_event_at, created_at) values (?, ?, ?, ?, ?, 'SHIPPED', ?, ?, ?, ?)",
                order.orderId(), order.buyerId(), item, new BigDecimal(paid), "李先生 13900000000 上海市浦东新区世纪大道 2 号",
                "顺丰 SF", "SF" + suffix, Timestamp.from(now.minus(Duration.ofDays(daysAgo))), Timestamp.from(now));
        return order;
    }

    /** The order system now says the order's buyer is of this tier. */
    public void tier(Order order, com.aftersales.vocabulary.CustomerTier tier) {
        jdbc.update("update shop_order set buyer_tier = ? where order_id = ?", tier.name(), order.orderId());
    }

    public String openCase(Order order, String description) {
        return openCase(order, description, RequestedOutcome.RETURN);
    }

    public String openCase(Order order, String description, RequestedOutcome requested) {
        return intake.open(new NewCase(order.orderId(), order.buyerId(), Channel.WANGWANG, description,
                requested, List.of()), null, "integration").record().caseId();
    }

    public ProcessInstance instanceOf(String caseId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AfterSalesCase.PROCESS_KEY)
                .processInstanceBusinessKey(caseId).singleResult();
    }

    /** The case's dispute instance (same business key), while it runs. */
    public ProcessInstance disputeOf(String caseId) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(DisputeEscalation.PROCESS_KEY).processInstanceBusinessKey(caseId).singleResult();
    }

    public List<OutboxMessage> outbox(String caseId) {
        return outbox.messagesOf(caseId);
    }

    /** Completes the case's one open task with these variables, as the person working it would. */
    public void completeTask(String caseId, java.util.Map<String, Object> variables) {
        var tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId(), variables);
    }

    /** A case of a new buyer driven to the given point of the proposal: verified and confirmed with photos. */
    public String confirmedCase(String item, String paid, String issueType) {
        String caseId = openCase(deliveredOrder(item, paid, 2), "买家反馈 buyer's report");
        completeTask(caseId, java.util.Map.of("orderVerified", true));
        completeTask(caseId, java.util.Map.of("issueType", issueType, "evidenceProvided", true));
        return caseId;
    }

    /** Moves the engine's (and so the application's) clock forward. */
    public void advance(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
    }

    /** Runs every job the job executor would run now (due timers, asynchronous steps) of every instance with this business key. */
    public int runDueJobs(String businessKey) {
        List<Job> due = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .list().stream()
                .flatMap(instance -> engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                        .executable().list().stream())
                .toList();
        due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        return due.size();
    }
}
