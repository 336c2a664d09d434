-- The refund account of each order (refund/RefundAccounts): what the buyer paid, taken from the order system when
-- the order's first refund is looked at. Payments of one order lock this row; the order system's own data is never
-- read behind its port (OrderLookup) nor locked.
create table refund_account (
    order_id     varchar(32)    not null primary key,
    paid_amount  decimal(12, 2) not null,
    opened_at    timestamp      not null
);
