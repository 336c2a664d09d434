-- The resolution policy's advice for the case (issue 22): one row update instead of four process variables. The case
-- view shows it; the proposal forms get it as form values. Null until the problem is confirmed.
alter table after_sales_case add column recommended_resolution varchar(32);
alter table after_sales_case add column recommended_eligible boolean;
alter table after_sales_case add column recommended_return_required boolean;
alter table after_sales_case add column recommended_remedy varchar(20);
