package com.aftersales.logistics;

import com.aftersales.casefile.CaseRepository;
import com.aftersales.orders.LogisticsEventRecorded;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.EventDelivery;
import com.aftersales.vocabulary.LogisticsEventType;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The carrier reports a parcel back with the shop (RETURNED_TO_SENDER): every open case of the order that waits for
 * its recalled or refused parcel goes on to the refund ({@code ParcelReturned}). Cases not waiting are left alone.
 */
@Component
class ParcelReturnedListener {

    private static final Logger log = LoggerFactory.getLogger(ParcelReturnedListener.class);

    private final CaseRepository cases;
    private final EventDelivery delivery;
    private final TransactionTemplate ownTransaction;

    ParcelReturnedListener(CaseRepository cases, EventDelivery delivery, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.delivery = delivery;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs after the event's own transaction committed (the event is published then), so it writes in its own. */
    @EventListener
    void recorded(LogisticsEventRecorded recorded) {
        if (recorded.event().type() != LogisticsEventType.RETURNED_TO_SENDER || !recorded.newest()) {
            return;
        }
        for (String caseId : cases.openCaseIdsOfOrder(recorded.event().orderId())) {
            EventDelivery.Result result = ownTransaction.execute(status -> delivery.correlate(caseId,
                    AfterSalesCase.MESSAGE_PARCEL_RETURNED, Map.of(), caseId + " waits for no parcel"));
            log.debug("ParcelReturned for {}: {}", caseId, result);
        }
    }
}
