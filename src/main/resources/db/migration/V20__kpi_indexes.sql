-- Indexes for the after-sales KPIs (com.aftersales.kpi, queries/kpi.xml): refunds paid and reviews
-- closed in a period. Portable SQL (H2 and PostgreSQL). Penalties have theirs (ix_penalty_recorded).
create index ix_refund_created on refund_ledger (created_at);
create index ix_review_closed on review_case (closed_at);
