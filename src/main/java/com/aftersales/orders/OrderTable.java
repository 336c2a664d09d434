package com.aftersales.orders;

import com.aftersales.vocabulary.CustomerTier;
import com.aftersales.vocabulary.LogisticsEventType;
import com.aftersales.vocabulary.ShippingState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The default order system: the shop_order table in the application's database. */
@Component
class OrderTable implements OrderLookup {

    private static final String COLUMNS = "order_id, buyer_id, item_name, paid_amount, delivered_at, buyer_tier, "
            + "shipping_fee, paid_at, promised_ship_by, shipping_address, shipping_state, carrier, tracking_number, "
            + "last_event_at";

    private static final RowMapper<ShopOrder> ROW = OrderTable::order;

    private final JdbcTemplate jdbc;

    OrderTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ShopOrder> find(String orderId) {
        return jdbc.query("select " + COLUMNS + " from shop_order where order_id = ?", ROW, orderId).stream().findFirst();
    }

    /** The order, its row locked until the transaction ends: its events and updates take turns. */
    Optional<ShopOrder> lock(String orderId) {
        return jdbc.query("select " + COLUMNS + " from shop_order where order_id = ? for update", ROW, orderId)
                .stream().findFirst();
    }

    Optional<Instant> createdAt(String orderId) {
        return jdbc.query("select created_at from shop_order where order_id = ?",
                (rs, row) -> rs.getTimestamp(1).toInstant(), orderId).stream().findFirst();
    }

    void insert(OrderEntry order, Instant now) {
        jdbc.update("insert into shop_order (order_id, buyer_id, item_name, paid_amount, shipping_fee, paid_at, "
                        + "promised_ship_by, buyer_tier, shipping_address, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", order.orderId(), order.buyerId(), order.itemName(),
                order.paidAmount(), order.shippingFee(), timestamp(order.paidAt()), timestamp(order.promisedShipBy()),
                order.buyerTier().name(), order.shippingAddress(), Timestamp.from(now), Timestamp.from(now));
    }

    void update(OrderEntry order, Instant now) {
        jdbc.update("update shop_order set buyer_id = ?, item_name = ?, paid_amount = ?, shipping_fee = ?, paid_at = ?, "
                        + "promised_ship_by = ?, buyer_tier = ?, shipping_address = ?, updated_at = ? where order_id = ?",
                order.buyerId(), order.itemName(), order.paidAmount(), order.shippingFee(), timestamp(order.paidAt()),
                timestamp(order.promisedShipBy()), order.buyerTier().name(), order.shippingAddress(),
                Timestamp.from(now), order.orderId());
    }

    boolean changeAddress(String orderId, String address, Instant now) {
        return jdbc.update("update shop_order set shipping_address = ?, updated_at = ? where order_id = ?", address,
                Timestamp.from(now), orderId) == 1;
    }

    /** The parcel as the newest event has it; a delivery also says since when the buyer has the item. */
    void ship(LogisticsEvent newest) {
        Timestamp at = Timestamp.from(newest.occurredAt());
        jdbc.update("update shop_order set shipping_state = ?, carrier = ?, tracking_number = ?, last_event_at = ?"
                        + (newest.type() == LogisticsEventType.DELIVERED ? ", delivered_at = ?" : "")
                        + " where order_id = ?",
                newest.type() == LogisticsEventType.DELIVERED
                        ? new Object[] {newest.type().state().name(), newest.carrier(), newest.trackingNumber(), at, at,
                                newest.orderId()}
                        : new Object[] {newest.type().state().name(), newest.carrier(), newest.trackingNumber(), at,
                                newest.orderId()});
    }

    private static ShopOrder order(ResultSet rs, int row) throws SQLException {
        return new ShopOrder(rs.getString("order_id"), rs.getString("buyer_id"), rs.getString("item_name"),
                rs.getBigDecimal("paid_amount"), instant(rs.getTimestamp("delivered_at")),
                CustomerTier.valueOf(rs.getString("buyer_tier")), rs.getBigDecimal("shipping_fee"),
                instant(rs.getTimestamp("paid_at")), instant(rs.getTimestamp("promised_ship_by")),
                rs.getString("shipping_address"), ShippingState.valueOf(rs.getString("shipping_state")),
                rs.getString("carrier"), rs.getString("tracking_number"), instant(rs.getTimestamp("last_event_at")));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
