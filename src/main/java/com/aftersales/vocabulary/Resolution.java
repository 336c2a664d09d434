package com.aftersales.vocabulary;

/**
 * How a case is resolved (contract enumeration {@code resolution}), with what each resolution means for the goods
 * and for money. Gateways, the proposal check, the refund step, the KPIs and the forms read these answers here
 * instead of keeping lists of codes of their own.
 */
public enum Resolution {
    EXCHANGE(true, Payout.NONE, true, false),
    RETURN_AND_REFUND(true, Payout.REFUND, false, false),
    REFUND_ONLY(false, Payout.REFUND, false, false),
    PARTIAL_REFUND(false, Payout.COMPENSATION, false, false),
    RESHIP(false, Payout.NONE, true, false),
    REPAIR(true, Payout.NONE, false, true),
    EXPLANATION_ONLY(false, Payout.NONE, false, false);

    /** The money a resolution pays the buyer, and the task form field that names its amount. */
    public enum Payout {
        NONE(null),
        /** Money back for the goods ({@code refundAmount}). */
        REFUND("refundAmount"),
        /** Money for the buyer's trouble, the goods stay with the buyer ({@code compensationAmount}). */
        COMPENSATION("compensationAmount");

        private final String amountField;

        Payout(String amountField) {
            this.amountField = amountField;
        }

        /** The variable (task form field) holding the amount; {@code null} for {@link #NONE}. */
        public String amountField() {
            return amountField;
        }
    }

    private final boolean returnsGoods;
    private final Payout payout;
    private final boolean shipsItem;
    private final boolean repairs;

    Resolution(boolean returnsGoods, Payout payout, boolean shipsItem, boolean repairs) {
        this.returnsGoods = returnsGoods;
        this.payout = payout;
        this.shipsItem = shipsItem;
        this.repairs = repairs;
    }

    /** The item comes back to the shop before anything else happens. */
    public boolean returnsGoods() {
        return returnsGoods;
    }

    public Payout payout() {
        return payout;
    }

    /** Whether the resolution pays the buyer money. */
    public boolean pays() {
        return payout != Payout.NONE;
    }

    /** The warehouse ships an item (a replacement, or the missing one again). */
    public boolean shipsItem() {
        return shipsItem;
    }

    /** The returned item is repaired and sent back. */
    public boolean repairs() {
        return repairs;
    }
}
