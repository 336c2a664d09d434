package com.aftersales.kpi;

import java.math.BigDecimal;

/**
 * One row a KPI query answers: what it is grouped by ({@code definitionId}, {@code key},
 * {@code subKey}), how many cases, and up to two further figures. A JavaBean because MyBatis fills it.
 */
public class KpiRow {

    private String definitionId;
    private String key;
    private String subKey;
    private Long cases;
    private BigDecimal amount;
    private Double first;
    private Double second;

    public String getDefinitionId() {
        return definitionId;
    }

    public void setDefinitionId(String definitionId) {
        this.definitionId = definitionId;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getSubKey() {
        return subKey;
    }

    public void setSubKey(String subKey) {
        this.subKey = subKey;
    }

    public long getCases() {
        return cases == null ? 0 : cases;
    }

    public void setCases(Long cases) {
        this.cases = cases;
    }

    public BigDecimal getAmount() {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Double getFirst() {
        return first;
    }

    public void setFirst(Double first) {
        this.first = first;
    }

    public Double getSecond() {
        return second;
    }

    public void setSecond(Double second) {
        this.second = second;
    }
}
