package com.aftersales.process;

import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.refund.Money;
import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.Resolution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a proposal gives: its resolution with the money that resolution pays, and the remedies ticked beside it, each
 * with its amount in yuan (a gift: its name). Read from the variables a proposal task is completed with; an amount
 * that is not a number is kept as a problem instead.
 */
public record Proposal(Resolution resolution, Map<RemedyKind, BigDecimal> amounts, String giftItem,
                       List<String> problems) {

    /** The remedies a proposal may tick: the yes/no field and the amount field of each. */
    enum Extra {
        SHIPPING_FEE(RemedyKind.SHIPPING_FEE, Var.GIVE_SHIPPING_FEE, Var.SHIPPING_FEE_AMOUNT),
        COUPON(RemedyKind.COUPON, Var.GIVE_COUPON, Var.COUPON_AMOUNT),
        RED_ENVELOPE(RemedyKind.RED_ENVELOPE, Var.GIVE_RED_ENVELOPE, Var.RED_ENVELOPE_AMOUNT);

        final RemedyKind kind;
        final Variable<Boolean> given;
        final Variable<BigDecimal> amount;

        Extra(RemedyKind kind, Variable<Boolean> given, Variable<BigDecimal> amount) {
            this.kind = kind;
            this.given = given;
            this.amount = amount;
        }
    }

    public static Proposal of(VariableScope scope) {
        Resolution resolution = Var.RESOLUTION.get(scope);
        Map<RemedyKind, BigDecimal> amounts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (resolution != null && resolution.pays()) {
            String field = resolution.payout().amountField();
            RemedyKind kind = resolution.payout() == Resolution.Payout.COMPENSATION ? RemedyKind.COMPENSATION
                    : RemedyKind.REFUND;
            read(scope, field, kind, amounts, problems, resolution + " needs a positive amount in yuan");
        }
        for (Extra extra : Extra.values()) {
            if (Boolean.TRUE.equals(extra.given.get(scope))) {
                read(scope, extra.amount.name(), extra.kind, amounts, problems, "a positive amount in yuan is needed");
            }
        }
        String gift = null;
        if (Boolean.TRUE.equals(Var.GIVE_GIFT.get(scope))) {
            gift = Var.GIFT_ITEM.get(scope);
            if (gift == null || gift.isBlank()) {
                problems.add(Var.GIFT_ITEM.name() + ": name the gift to pack");
            }
        }
        return new Proposal(resolution, amounts, gift == null ? null : gift.strip(), problems);
    }

    private static void read(VariableScope scope, String field, RemedyKind kind, Map<RemedyKind, BigDecimal> amounts,
                             List<String> problems, String missing) {
        try {
            BigDecimal amount = Money.of(scope.getVariable(field));
            if (amount == null) {
                problems.add(field + ": " + missing);
            } else {
                amounts.put(kind, amount);
            }
        } catch (NumberFormatException notANumber) {
            problems.add(field + ": must be an amount in yuan");
        }
    }

    /**
     * The remedies ticked beside the resolution (shipping fee, coupon, red envelope), without the money the resolution
     * itself pays (its refund or compensation, paid by the refund step).
     */
    public Map<RemedyKind, BigDecimal> besideResolution() {
        Map<RemedyKind, BigDecimal> beside = new LinkedHashMap<>(amounts);
        beside.keySet().removeIf(kind -> kind == RemedyKind.REFUND || kind == RemedyKind.COMPENSATION);
        return beside;
    }

    /** Whether anything is given beside the resolution's own money (a remedy with an amount, or a gift). */
    public boolean givesRemedies() {
        return giftItem != null || !besideResolution().isEmpty();
    }

    /** The amount of a kind this proposal gives; {@code null} when it gives none. */
    public BigDecimal amount(RemedyKind kind) {
        return amounts.get(kind);
    }

    /** The form field holding a kind's amount. */
    public static String field(RemedyKind kind) {
        return switch (kind) {
            case REFUND -> Resolution.Payout.REFUND.amountField();
            case COMPENSATION -> Resolution.Payout.COMPENSATION.amountField();
            case GIFT -> Var.GIFT_ITEM.name();
            default -> java.util.Arrays.stream(Extra.values()).filter(extra -> extra.kind == kind).findFirst()
                    .orElseThrow().amount.name();
        };
    }
}
