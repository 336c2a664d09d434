-- What the order system tells about an order beyond its price (PUT /api/orders/{orderId}) and where its parcel is
-- (the newest logistics event): shipping_state, carrier, tracking_number and last_event_at follow that event, and a
-- DELIVERED event sets delivered_at.
alter table shop_order add column paid_at timestamp;
alter table shop_order add column promised_ship_by timestamp;
alter table shop_order add column shipping_address varchar(500);
alter table shop_order add column shipping_state varchar(20) default 'NOT_SHIPPED' not null;
alter table shop_order add column carrier varchar(40);
alter table shop_order add column tracking_number varchar(40);
alter table shop_order add column last_event_at timestamp;
alter table shop_order add column updated_at timestamp;
-- orders known before: a delivered one was shipped and delivered
update shop_order set shipping_state = 'DELIVERED' where delivered_at is not null;
