-- 催发货: each case in which a buyer urged an order to be shipped, so the urges of an order can be counted.
create table shipping_urge (
    order_id   varchar(32) not null,
    case_id    varchar(40) not null,
    urged_at   timestamp   not null,
    constraint pk_shipping_urge primary key (order_id, case_id)
);

-- The lost-parcel register (DOMAIN.md, "Records"): for the carrier claim, once per case.
create table lost_parcel (
    case_id          varchar(40)    not null primary key,
    order_id         varchar(32)    not null,
    carrier          varchar(64),
    tracking_number  varchar(64),
    amount           decimal(12, 2) not null,
    registered_at    timestamp      not null
);
create index ix_lost_parcel_registered on lost_parcel (registered_at);
