-- The time of a workshop's last change. Write transactions take
-- greatest(clock, last change time) under the workshop_state row lock, so updated_at never goes
-- backwards as the change sequence grows, even with several replicas whose clocks differ. Lists
-- can then turn updatedSince into a change-sequence floor with one index probe.
alter table workshop_state add column changed_at timestamptz not null default '-infinity';

create index customers_updated_idx on customers (workshop_id, updated_at, change_seq);
create index products_updated_idx on products (workshop_id, updated_at, change_seq);
create index orders_updated_idx on orders (workshop_id, updated_at, change_seq);
create index inventory_updated_idx on inventory_items (workshop_id, updated_at, change_seq);
