-- The refund ledger becomes the ledger of every remedy a case gives (refund/, remedy/): its kind, the request number
-- the outside system sees on every try (a payment provider's out-request number), and the application's own record
-- of where the remedy stands: PENDING (written before the outside system is asked) → PAID / ISSUED, or FAILED.
alter table refund_ledger add column kind varchar(16) default 'REFUND' not null;
alter table refund_ledger add column request_no varchar(40);
alter table refund_ledger add column attempts integer default 0 not null;
alter table refund_ledger add column provider_reference varchar(100);
alter table refund_ledger add column failure varchar(500);
alter table refund_ledger add column item varchar(200);
alter table refund_ledger add column settled_at timestamp;
update refund_ledger set kind = 'COMPENSATION' where purpose like 'PARTIAL_REFUND%';
update refund_ledger set settled_at = created_at;
update refund_ledger set request_no = 'L' || cast(id as varchar(20));
alter table refund_ledger alter column request_no set not null;
alter table refund_ledger add constraint uq_refund_request_no unique (request_no);
-- a gift has no amount of cash; everything else stays positive
alter table refund_ledger drop constraint ck_refund_amount_positive;
alter table refund_ledger add constraint ck_remedy_amount check (amount > 0 or (kind = 'GIFT' and amount = 0));
create index ix_remedy_kind on refund_ledger (kind, created_at);
