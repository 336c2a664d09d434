-- A review case's agent (one buyer, one agent): routing counts it for the buyer's next case, as it does a case's.
alter table review_case add column agent_id varchar(64);
