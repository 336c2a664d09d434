package com.aftersales.orders;

import com.aftersales.vocabulary.CustomerTier;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The default order system: the shop_order table in the application's database. */
@Component
class OrderTable implements OrderLookup {

    private final JdbcTemplate jdbc;

    OrderTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ShopOrder> find(String orderId) {
        return jdbc.query("select order_id, buyer_id, item_name, paid_amount, delivered_at, buyer_tier, shipping_fee "
                        + "from shop_order where order_id = ?",
                (rs, row) -> new ShopOrder(rs.getString("order_id"), rs.getString("buyer_id"), rs.getString("item_name"),
                        rs.getBigDecimal("paid_amount"), toInstant(rs.getTimestamp("delivered_at")),
                        CustomerTier.valueOf(rs.getString("buyer_tier")), rs.getBigDecimal("shipping_fee")), orderId)
                .stream().findFirst();
    }

    boolean isEmpty() {
        return jdbc.queryForObject("select count(*) from shop_order", Integer.class) == 0;
    }

    void insert(ShopOrder order, java.time.Instant createdAt) {
        jdbc.update("insert into shop_order (order_id, buyer_id, item_name, paid_amount, delivered_at, buyer_tier, "
                        + "shipping_fee, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", order.orderId(), order.buyerId(),
                order.itemName(), order.paidAmount(), order.deliveredAt() == null ? null : Timestamp.from(order.deliveredAt()),
                order.buyerTier().name(), order.shippingFee(), Timestamp.from(createdAt));
    }

    private static java.time.Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
