package com.aftersales.notification;

import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.Proposal;
import com.aftersales.security.Groups;
import com.aftersales.vocabulary.Resolution;
import com.aftersales.vocabulary.ShippingPayer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What phrases say about a case, read from its variables in one place: its ids, the item, the problem, the
 * agreed resolution with what it pays ({@code payout}), the remedies beside it ({@code remedies}) and who pays the return shipping ({@code returnShipping}),
 * where and how to send goods back ({@code returnAddress}, {@code packing}), the carrier and tracking number of an item
 * the shop sent, the agent. A piece that does not apply (no money, no return) is left out, never shown blank.
 */
@Component
public class CaseFacts {

    private final PhraseBook phrases;
    private final ReturnsProperties returns;

    public CaseFacts(PhraseBook phrases, ReturnsProperties returns) {
        this.phrases = phrases;
        this.returns = returns;
    }

    public Map<String, Object> of(DelegateExecution execution) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("caseId", execution.getProcessBusinessKey());
        facts.put(Var.ORDER_ID.name(), Var.ORDER_ID.get(execution));
        facts.put(Var.BUYER_ID.name(), Var.BUYER_ID.get(execution));
        facts.put(Var.ORDER_ITEM.name(), Var.ORDER_ITEM.get(execution));
        facts.put(Var.ISSUE_TYPE.name(), Var.ISSUE_TYPE.get(execution));
        Resolution resolution = Var.RESOLUTION.get(execution);
        facts.put(Var.RESOLUTION.name(), resolution);
        facts.put("payout", payout(resolution, execution));
        facts.put("remedies", remedies(execution));
        facts.put("returnShipping", returnShipping(resolution, Var.RETURN_SHIPPING_PAID_BY.get(execution)));
        facts.put("returnAddress", returns.address());
        facts.put("packing", returns.packing().text());
        facts.put(Var.SHIPMENT_CARRIER.name(), Var.SHIPMENT_CARRIER.get(execution));
        facts.put(Var.SHIPMENT_TRACKING_NUMBER.name(), Var.SHIPMENT_TRACKING_NUMBER.get(execution));
        facts.put(Var.CARRIER_ANSWER.name(), Var.CARRIER_ANSWER.get(execution));
        facts.put(Var.NEW_ADDRESS.name(), Var.NEW_ADDRESS.get(execution));
        String agent = Var.CASE_AGENT.get(execution);
        facts.put("agent", agent == null ? Groups.AGENTS : agent);
        return facts;
    }

    /** ", with a refund of 199.00 yuan" for a resolution that pays, nothing for one that does not. */
    PhraseBook.Text payout(Resolution resolution, DelegateExecution execution) {
        if (resolution == null || !resolution.pays()) {
            return PhraseBook.Text.NONE;
        }
        BigDecimal amount = resolution.payout() == Resolution.Payout.REFUND
                ? Var.REFUND_AMOUNT.get(execution) : Var.COMPENSATION_AMOUNT.get(execution);
        Phrase part = resolution.payout() == Resolution.Payout.REFUND
                ? Phrase.PART_PAYOUT_REFUND : Phrase.PART_PAYOUT_COMPENSATION;
        return phrases.render(part, amount == null ? Map.of() : Map.of("amount", amount));
    }

    /** ", plus a coupon of 20.00 yuan, with a small gift in the parcel (…)": what the proposal gives beside. */
    PhraseBook.Text remedies(DelegateExecution execution) {
        Proposal proposal = Proposal.of(execution);
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        proposal.besideResolution().forEach((kind, amount) -> {
            PhraseBook.Text part = phrases.render(Phrase.PART_REMEDY, Map.of("kind", kind, "amount", amount));
            zh.append(part.zh());
            en.append(part.en());
        });
        if (proposal.giftItem() != null) {
            PhraseBook.Text part = phrases.render(Phrase.PART_GIFT, Map.of("item", proposal.giftItem()));
            zh.append(part.zh());
            en.append(part.en());
        }
        return new PhraseBook.Text(zh.toString(), en.toString());
    }

    /** "; return shipping is paid by the seller" when the goods come back and the policy named who pays. */
    PhraseBook.Text returnShipping(Resolution resolution, ShippingPayer payer) {
        if (resolution == null || !resolution.returnsGoods() || payer == null) {
            return PhraseBook.Text.NONE;
        }
        return phrases.render(Phrase.PART_RETURN_SHIPPING, Map.of("payer", payer));
    }
}
