-- Penalties the platform imposed on the shop (seller liable in a dispute): one per case, recorded once.
create table penalty (
    case_id            varchar(40)    not null primary key,
    order_id           varchar(32)    not null,
    responsible_party  varchar(16)    not null,
    refund_amount      decimal(12, 2),
    description        varchar(1000),
    recorded_at        timestamp      not null
);
create index ix_penalty_recorded on penalty (recorded_at);
