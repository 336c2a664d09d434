-- The buyer's tier (contract: buyerTier) and the shipping fee the buyer paid with the order.
alter table shop_order add column buyer_tier varchar(8) default 'NORMAL' not null;
alter table shop_order add column shipping_fee decimal(12, 2) default 0 not null;
