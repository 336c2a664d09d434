package com.aftersales.kpi;

import java.util.Date;

/**
 * A parcel the shop marked shipped that the carrier has not picked up in time (虚假发货 risk), as the after-sales view
 * lists it for the team leads. A JavaBean because MyBatis fills it.
 */
public class ShipmentAtRisk {

    private String orderId;
    private String carrier;
    private String trackingNumber;
    private Date shippedAt;

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

    public Date getShippedAt() {
        return shippedAt;
    }

    public void setShippedAt(Date shippedAt) {
        this.shippedAt = shippedAt;
    }
}
