-- Several nodes may start at once on one database. The start-up work that checks before it writes
-- (groups, users, authorizations, Tasklist filters, demo orders, the deployment) runs while holding
-- this row's lock (select ... for update), so the second node finds the first one's work in place.
create table app_lock (
    name varchar(40) not null primary key
);
insert into app_lock (name) values ('startup');
