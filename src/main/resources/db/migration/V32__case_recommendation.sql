-- The resolution policy's advice for the case (issue 22): one row update instead of four process variables. The case
-- view shows it; the proposal forms get it as form values. Null until the problem is confirmed.
alter table after_sales_case add column recommended_resolution varchar(32);
alter table after_sales_case add column recommended_eligible boolean;
alter table after_sales_case add column recommended_return_required boolean;
alter table after_sales_case add column recommended_remedy varchar(20);
-- What the order look-up found (the verification rule and forms read it): set with the order id, in the same update.
alter table after_sales_case add column order_found boolean;
alter table after_sales_case add column order_buyer_matches boolean;
