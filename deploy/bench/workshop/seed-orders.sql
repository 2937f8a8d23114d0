-- Seeds :orders orders (one line each) in workshop :'workshop', spread over the last 10 days with
-- updated_at growing with the change sequence, as the service itself writes them.
\set ON_ERROR_STOP on
select set_config('app.workshop_id', :'workshop', false);
begin;
insert into products (id, workshop_id, sku, name, unit_price, currency, active, change_seq, created_at, updated_at)
values (gen_random_uuid(), :'workshop', 'BENCH-1', 'Benchmark flyers', 10, 'EUR', true, 1,
        now() - interval '11 days', now() - interval '11 days');
insert into orders (id, workshop_id, number, status, currency, total, change_seq, created_at, updated_at)
select gen_random_uuid(), :'workshop', g,
       (array['draft','confirmed','in_production','ready','shipped','delivered'])[1 + g % 6],
       'EUR', 20, g + 1, ts, ts
from generate_series(1, :orders) g,
     lateral (select now() - interval '10 days' + g * (interval '10 days' / :orders) as ts) t;
insert into order_lines (id, workshop_id, order_id, line_no, product_id, sku, name, quantity, unit_price, line_total)
select gen_random_uuid(), o.workshop_id, o.id, 1, p.id, p.sku, p.name, 2, 10, 20
from orders o join products p on p.workshop_id = o.workshop_id
where o.workshop_id = :'workshop';
insert into workshop_state (workshop_id, change_seq, order_seq, changed_at)
values (:'workshop', :orders + 1, :orders, now());
commit;
analyze products;
analyze orders;
analyze order_lines;
