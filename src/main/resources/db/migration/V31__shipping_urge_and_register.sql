-- 催发货: each case in which a buyer urged an order to be shipped, so the urges of an order can be counted.
create table shipping_urge (
    order_id   varchar(32) not null,
    case_id    varchar(40) not null,
    urged_at   timestamp   not null,
    constraint pk_shipping_urge primary key (order_id, case_id)
);

-- The lost-parcel and mis-shipment register (DOMAIN.md, "Records"): every lost parcel (LOST) and every missing or
-- wrong item (MISSING_ITEM, WRONG_ITEM), once per case, for the carrier claim and the warehouse's accountability.
create table shipping_register (
    case_id          varchar(40)    not null,
    kind             varchar(16)    not null,
    order_id         varchar(32)    not null,
    carrier          varchar(64),
    tracking_number  varchar(64),
    amount           decimal(12, 2) not null,
    registered_at    timestamp      not null,
    constraint pk_shipping_register primary key (case_id, kind)
);
create index ix_shipping_register_at on shipping_register (registered_at);
