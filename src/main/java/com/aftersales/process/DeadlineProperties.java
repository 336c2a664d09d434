package com.aftersales.process;

import jakarta.validation.constraints.NotNull;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Every deadline of the after-sales routine. Defaults live in application.yaml; a shop overrides
 * them there or per environment (AFTERSALES_DEADLINES_LOOKUP=PT15M). The models read them through
 * {@link DeadlineExpressions} as {@code ${deadlines.<name>}}; people read them through {@link DeadlineNames}.
 */
@Validated
@ConfigurationProperties("aftersales.deadlines")
public record DeadlineProperties(
        @NotNull Duration lookup,
        @NotNull Duration sellerResponse,
        @NotNull Duration sellerResponseReminder,
        @NotNull Duration buyerReply,
        @NotNull Duration proposalReminder,
        @NotNull Duration proposalDecision,
        @NotNull Duration returnShipment,
        @NotNull Duration returnInspection,
        @NotNull Duration shipItem,
        @NotNull Duration repair,
        @NotNull Duration refundPayment,
        @NotNull Duration leadDecision,
        @NotNull Duration followUp,
        @NotNull Duration followUpAnswer,
        @NotNull Duration reviewHandling,
        @NotNull Duration reviewRevision,
        @NotNull Duration disputeAttempt,
        @NotNull Duration disputeEvidence,
        @NotNull Duration verdictReminder,
        @NotNull Duration refundBeforeDelivery,
        @NotNull Duration parcelReturn,
        @NotNull Duration noReasonReturnWindow) {

    /** Each deadline by its name in the models ({@code returnShipment}). */
    public Map<String, Duration> byName() {
        Map<String, Duration> byName = new LinkedHashMap<>();
        for (RecordComponent component : DeadlineProperties.class.getRecordComponents()) {
            try {
                byName.put(component.getName(), (Duration) component.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read deadline " + component.getName(), e);
            }
        }
        return byName;
    }
}
