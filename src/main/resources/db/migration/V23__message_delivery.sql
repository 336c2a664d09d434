-- Delivery of outbox messages (com.aftersales.delivery): each row is PENDING until an adapter accepted it
-- (DELIVERED) or it ran out of attempts (FAILED). next_attempt_at is both the backoff after a failed attempt and the
-- lease of the node that claimed the row: no other node takes it before then. delivered_via lists the adapters
-- that already accepted a message routed to several, so that a retry sends only to the others.
-- channel is the buyer's contact channel of the case (the chat bridge answers where the buyer asked).
alter table outbox_message add column channel varchar(20);
alter table outbox_message add column status varchar(10) default 'PENDING' not null;
alter table outbox_message add column attempts integer default 0 not null;
alter table outbox_message add column last_error varchar(500);
alter table outbox_message add column next_attempt_at timestamp;
alter table outbox_message add column delivered_via varchar(100);

update outbox_message set channel = (select c.channel from after_sales_case c where c.case_id = outbox_message.case_id);
update outbox_message set status = 'DELIVERED' where delivered_at is not null;

drop index ix_outbox_undelivered;
-- the relay's claim: pending rows by due time, and the earlier pending rows of the same case (order per case)
create index ix_outbox_pending on outbox_message (status, next_attempt_at);
create index ix_outbox_case_order on outbox_message (case_id, status, id);
