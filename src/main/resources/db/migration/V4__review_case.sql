-- One row per neutral or negative review (中差评) being remediated; the flow lives in the
-- review-remediation process instance whose business key is review_id.
create table review_case (
    review_id        varchar(40)   not null primary key,
    order_id         varchar(32)   not null,
    buyer_id         varchar(64)   not null,
    rating           varchar(16)   not null,
    review_text      varchar(2000) not null,
    case_id          varchar(40),
    status           varchar(10)   not null,
    revised          boolean,
    revised_rating   varchar(16),
    public_reply     varchar(500),
    idempotency_key  varchar(100),
    created_by       varchar(64),
    created_at       timestamp     not null,
    closed_at        timestamp,
    constraint uq_review_idempotency_key unique (idempotency_key)
);
create index ix_review_order on review_case (order_id);
create index ix_review_created on review_case (created_at);
