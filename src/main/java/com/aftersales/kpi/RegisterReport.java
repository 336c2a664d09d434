package com.aftersales.kpi;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The month's lost parcels and mis-shipments (DOMAIN.md, "Records"): how many of each kind with their amount, the lost
 * parcels per carrier (the carrier claim), and every entry — also as CSV for the claim and the warehouse.
 */
public record RegisterReport(String month, List<Total> totals, List<Total> lostByCarrier, List<RegisterEntry> entries) {

    static final String CSV_HEADER = "caseId,kind,orderId,carrier,trackingNumber,amount,registeredAt";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** @param key a kind (LOST, MISSING_ITEM, WRONG_ITEM), or a carrier */
    public record Total(String key, long count, BigDecimal amount) {
    }

    static RegisterReport of(String month, List<RegisterEntry> entries) {
        Map<String, Total> byKind = new TreeMap<>();
        Map<String, Total> byCarrier = new TreeMap<>();
        for (RegisterEntry entry : entries) {
            add(byKind, entry.getKind(), entry.getAmount());
            if ("LOST".equals(entry.getKind())) {
                add(byCarrier, Objects.requireNonNullElse(entry.getCarrier(), "—"), entry.getAmount());
            }
        }
        return new RegisterReport(month, List.copyOf(byKind.values()), List.copyOf(byCarrier.values()), entries);
    }

    private static void add(Map<String, Total> totals, String key, BigDecimal amount) {
        Total total = totals.getOrDefault(key, new Total(key, 0, BigDecimal.ZERO));
        totals.put(key, new Total(key, total.count() + 1, total.amount().add(amount)));
    }

    /** One row an entry, times in the shop's zone; cells a spreadsheet would read as formulas are quoted as text. */
    public String csv(ZoneId zone) {
        List<String> lines = new ArrayList<>();
        lines.add(CSV_HEADER);
        for (RegisterEntry entry : entries) {
            lines.add(String.join(",", CaseExport.cell(entry.getCaseId()), CaseExport.cell(entry.getKind()),
                    CaseExport.cell(entry.getOrderId()), CaseExport.cell(entry.getCarrier()),
                    CaseExport.cell(entry.getTrackingNumber()), entry.getAmount().toPlainString(),
                    TIME.format(entry.getRegisteredAt().toInstant().atZone(zone))));
        }
        return String.join("\r\n", lines) + "\r\n";
    }
}
