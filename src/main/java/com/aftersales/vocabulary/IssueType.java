package com.aftersales.vocabulary;

/** The problem types (问题类型) of the contract, with whether photos or video must back the claim. */
public enum IssueType {
    NOT_RECEIVED(false),
    DELIVERY_EXCEPTION(false),
    MISSING_ITEM(false),
    WRONG_ITEM(true),
    DAMAGED_IN_TRANSIT(true),
    QUALITY_DEFECT(true),
    NOT_AS_DESCRIBED(false),
    NO_REASON_RETURN(false),
    SUSPECTED_COUNTERFEIT(false),
    /** 催发货: the buyer urges an order not shipped yet. */
    NOT_SHIPPED(false),
    /** 物流慢/查物流: the parcel is slow or its tracking stalled. */
    LOGISTICS_DELAY(false),
    /** 改地址: the buyer changes the shipping address. */
    ADDRESS_CHANGE(false),
    OTHER(false);

    private final boolean photosRequired;

    IssueType(boolean photosRequired) {
        this.photosRequired = photosRequired;
    }

    public boolean photosRequired() {
        return photosRequired;
    }
}
