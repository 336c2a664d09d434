package com.aftersales.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.process.DeadlineNames;
import com.aftersales.process.DeadlineProperties;
import com.aftersales.support.Configured;
import com.aftersales.vocabulary.DisputeTrigger;
import com.aftersales.vocabulary.Labels;
import com.aftersales.vocabulary.Language;
import com.aftersales.vocabulary.ReviewCause;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every phrase renders in both languages with every placeholder filled; a missing value is an error, never a blank. */
class PhraseBookTest {

    private static final DeadlineProperties DEADLINES = Configured.bind("aftersales.deadlines", DeadlineProperties.class,
            Map.of("aftersales.deadlines.lookup", "PT15M", "aftersales.deadlines.return-shipment", "P10D"));

    private final Labels labels = new Labels();
    private final PhraseBook phrases = new PhraseBook(labels, new DeadlineNames(DEADLINES, labels));

    @ParameterizedTest
    @EnumSource(Phrase.class)
    void everyPhraseIsFilledInBothLanguages(Phrase phrase) {
        PhraseBook.Text text = phrases.render(phrase, everyValue());
        assertThat(text.zh()).as("Chinese").doesNotContain("{", "}").isNotBlank();
        if (phrase != Phrase.REVIEW_PUBLIC_REPLY) {
            assertThat(text.en()).as("English").doesNotContain("{", "}").isNotBlank();
        }
    }

    @Test
    void deadlinesAreSaidAsConfigured() {
        assertThat(phrases.render(Phrase.ACKNOWLEDGE, Map.of("caseId", "AS-1")).message())
                .contains("15分钟内给您答复", "within 15 min").doesNotContain("10");
        assertThat(phrases.render(Phrase.RETURN_INSTRUCTIONS, Map.of("caseId", "AS-1", "returnShipping",
                PhraseBook.Text.NONE, "returnAddress", "杭州", "packing", PhraseBook.Text.NONE)).in(Language.ZH)).startsWith("亲，请您在10天内将商品寄回");
    }

    @Test
    void aPhraseWithoutAValueIsNotSentHalfFilled() {
        assertThatThrownBy(() -> phrases.render(Phrase.REFUND_PAID, Map.of("caseId", "AS-1")))
                .hasMessage("phrase REFUND_PAID needs a value for {amount}");
        assertThatThrownBy(() -> phrases.render(Phrase.REFUND_PAID, Map.of("caseId", "AS-1", "amount", "")))
                .hasMessage("phrase REFUND_PAID needs a value for {amount}");
    }

    @Test
    void codesAreSaidByTheirLabels() {
        assertThat(phrases.render(Phrase.REVIEW_REPLY_TEMPLATE, Map.of("orderItem", "手机壳", "reviewCause",
                ReviewCause.LOGISTICS, "remedyOffered", "补发")).message()).contains("原因是：物流", "the cause was Logistics")
                .doesNotContain("LOGISTICS");
    }

    private static Map<String, Object> everyValue() {
        Map<String, Object> values = new HashMap<>();
        for (String name : new String[] {"caseId", "orderId", "buyerId", "agent", "orderItem", "reviewId", "penalty",
                "publicReply", "remedyOffered", "disputeReason", "task", "who", "inspectionNote", "returnAddress",
                "shipmentCarrier", "shipmentTrackingNumber", "item", "carrierAnswer", "newAddress"}) {
            values.put(name, name + "-value");
        }
        values.put("amount", new BigDecimal("12.5"));
        values.put("resolution", com.aftersales.vocabulary.Resolution.EXCHANGE);
        values.put("payer", com.aftersales.vocabulary.ShippingPayer.SELLER);
        values.put("disputeTrigger", DisputeTrigger.COMPLAINT);
        values.put("reviewCause", ReviewCause.PRICE);
        values.put("payout", PhraseBook.Text.NONE);
        values.put("returnShipping", PhraseBook.Text.NONE);
        values.put("remedies", PhraseBook.Text.NONE);
        values.put("kind", com.aftersales.vocabulary.RemedyKind.COUPON);
        values.put("packing", new PhraseBook.Text("原包装", "original box"));
        return values;
    }
}
