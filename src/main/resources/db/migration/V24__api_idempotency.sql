-- The first answer to each POST under /api that carried an Idempotency-Key, per calling user, so that the same
-- request sent again gets the same answer (status included) and the key with another request is refused.
-- The row is written in the request's own transaction: either the request took effect and its answer is here, or
-- neither. Rows older than aftersales.idempotency.retention are ignored and purged.
create table api_idempotency (
    caller           varchar(64)   not null,
    idempotency_key  varchar(100)  not null,
    request_hash     varchar(64)   not null,
    status           integer,
    content_type     varchar(100),
    location         varchar(300),
    body             varchar(65536),
    created_at       timestamp     not null,
    constraint pk_api_idempotency primary key (caller, idempotency_key)
);
create index ix_api_idempotency_created on api_idempotency (created_at);
