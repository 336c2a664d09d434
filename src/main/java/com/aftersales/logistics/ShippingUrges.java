package com.aftersales.logistics;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The shipping_urge table: which cases urged which order to be shipped. */
@Repository
class ShippingUrges {

    private final JdbcTemplate jdbc;

    ShippingUrges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the case's urge (once, however often the step runs) and answers the order's urges so far. */
    int urge(String orderId, String caseId, Instant at) {
        jdbc.update("insert into shipping_urge (order_id, case_id, urged_at) select ?, ?, ? from (values (1)) one "
                + "where not exists (select 1 from shipping_urge where order_id = ? and case_id = ?)",
                orderId, caseId, Timestamp.from(at), orderId, caseId);
        return jdbc.queryForObject("select count(*) from shipping_urge where order_id = ?", Integer.class, orderId);
    }
}
