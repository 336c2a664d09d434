package com.aftersales.kpi;

import java.math.BigDecimal;
import java.util.Date;

/**
 * A line of the lost-parcel and mis-shipment register (orders/ShippingRegister) as the after-sales view lists it. A
 * JavaBean because MyBatis fills it.
 */
public class RegisterEntry {

    private String caseId;
    private String kind;
    private String orderId;
    private String carrier;
    private String trackingNumber;
    private BigDecimal amount;
    private Date registeredAt;

    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Date getRegisteredAt() {
        return registeredAt;
    }

    public void setRegisteredAt(Date registeredAt) {
        this.registeredAt = registeredAt;
    }
}
