package com.aftersales.orders;

import com.aftersales.vocabulary.IssueType;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The lost-parcel and mis-shipment register (DOMAIN.md, "Records"): each lost parcel and each missing or wrong item,
 * once per case, with carrier, tracking number and the order's amount — summarised monthly for the carrier claim and
 * the warehouse's accountability.
 */
@Repository
public class ShippingRegister {

    /** What goes into the register: a parcel the carrier lost, or an item the warehouse left out or mixed up. */
    public enum Kind { LOST, MISSING_ITEM, WRONG_ITEM }

    /** The issue types a confirmed case registers as a mis-shipment. */
    public static final Set<IssueType> MIS_SHIPMENTS = Set.of(IssueType.MISSING_ITEM, IssueType.WRONG_ITEM);

    public record Entry(String caseId, Kind kind, String orderId, String carrier, String trackingNumber,
                        BigDecimal amount, Instant registeredAt) {
    }

    private final JdbcTemplate jdbc;

    ShippingRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers the case's entry of this kind; a second time changes nothing. */
    public void register(Entry entry) {
        jdbc.update("insert into shipping_register (case_id, kind, order_id, carrier, tracking_number, amount, "
                        + "registered_at) select ?, ?, ?, ?, ?, ?, ? from (values (1)) one where not exists "
                        + "(select 1 from shipping_register where case_id = ? and kind = ?)", entry.caseId(),
                entry.kind().name(), entry.orderId(), entry.carrier(), entry.trackingNumber(), entry.amount(),
                Timestamp.from(entry.registeredAt()), entry.caseId(), entry.kind().name());
    }

    /** The entries registered from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    public List<Entry> between(Instant from, Instant to) {
        return jdbc.query("select case_id, kind, order_id, carrier, tracking_number, amount, registered_at "
                        + "from shipping_register where registered_at >= ? and registered_at < ? order by registered_at, case_id",
                (rs, row) -> new Entry(rs.getString("case_id"), Kind.valueOf(rs.getString("kind")),
                        rs.getString("order_id"), rs.getString("carrier"), rs.getString("tracking_number"),
                        rs.getBigDecimal("amount"), rs.getTimestamp("registered_at").toInstant()),
                Timestamp.from(from), Timestamp.from(to));
    }
}
