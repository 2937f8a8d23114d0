-- workshop-service schema. Every business table carries workshop_id (the JWT's tenant) and is
-- protected by row-level security keyed on the transaction setting app.workshop_id, which the
-- service sets at the start of every transaction (second wall behind the WHERE clauses).

-- Per-workshop state: the change sequence that orders list pages (taken under this row's lock,
-- so its order is the commit order within a workshop), the order-number counter and settings.
create table workshop_state (
    workshop_id          uuid primary key,
    change_seq           bigint  not null default 0,
    order_seq            bigint  not null default 0,
    allow_negative_stock boolean not null default false,
    updated_at           timestamptz not null default now()
);

create table customers (
    id               uuid primary key,
    workshop_id      uuid not null,
    name             varchar(200) not null,
    email            varchar(320),
    phone            varchar(50),
    company          varchar(200),
    billing_address  varchar(1000),
    shipping_address varchar(1000),
    notes            varchar(4000),
    external_ref     varchar(200),
    change_seq       bigint not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    deleted_at       timestamptz
);
create unique index customers_external_ref_uq on customers (workshop_id, external_ref)
    where external_ref is not null and deleted_at is null;
create index customers_email_idx on customers (workshop_id, lower(email)) where deleted_at is null;
create index customers_seq_idx on customers (workshop_id, change_seq, id);

create table products (
    id          uuid primary key,
    workshop_id uuid not null,
    sku         varchar(100) not null,
    name        varchar(200) not null,
    description varchar(4000),
    unit_price  numeric(19, 4) not null check (unit_price >= 0),
    currency    varchar(3) not null,
    active      boolean not null default true,
    change_seq  bigint not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    deleted_at  timestamptz
);
create unique index products_sku_uq on products (workshop_id, sku) where deleted_at is null;
create index products_seq_idx on products (workshop_id, change_seq, id);

create table orders (
    id           uuid primary key,
    workshop_id  uuid not null,
    number       bigint not null,
    customer_id  uuid references customers (id),
    status       varchar(20) not null check (status in
                   ('draft', 'confirmed', 'in_production', 'ready', 'shipped', 'delivered', 'cancelled')),
    currency     varchar(3),
    total        numeric(19, 4) not null default 0,
    due_date     date,
    notes        varchar(4000),
    external_ref varchar(200),
    change_seq   bigint not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    deleted_at   timestamptz
);
create unique index orders_number_uq on orders (workshop_id, number);
create unique index orders_external_ref_uq on orders (workshop_id, external_ref)
    where external_ref is not null and deleted_at is null;
create index orders_seq_idx on orders (workshop_id, change_seq, id);

create table order_lines (
    id          uuid primary key,
    workshop_id uuid not null,
    order_id    uuid not null references orders (id),
    line_no     integer not null,
    product_id  uuid not null references products (id),
    sku         varchar(100) not null,
    name        varchar(200) not null,
    quantity    integer not null check (quantity > 0),
    unit_price  numeric(19, 4) not null,
    line_total  numeric(19, 4) not null,
    unique (order_id, line_no)
);

create table inventory_items (
    id               uuid primary key,
    workshop_id      uuid not null,
    sku              varchar(100) not null,
    name             varchar(200) not null,
    unit             varchar(20) not null,
    quantity_on_hand numeric(19, 3) not null,
    reorder_level    numeric(19, 3) not null default 0 check (reorder_level >= 0),
    location         varchar(200),
    change_seq       bigint not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    deleted_at       timestamptz
);
create unique index inventory_sku_uq on inventory_items (workshop_id, sku) where deleted_at is null;
create index inventory_seq_idx on inventory_items (workshop_id, change_seq, id);

create table inventory_adjustments (
    id             uuid primary key,
    workshop_id    uuid not null,
    item_id        uuid not null references inventory_items (id),
    delta          numeric(19, 3) not null,
    reason         varchar(500) not null,
    quantity_after numeric(19, 3) not null,
    created_at     timestamptz not null
);
create index inventory_adjustments_item_idx on inventory_adjustments (item_id, created_at);

-- Append-only audit trail (DESIGN "Audit row").
create table audit_log (
    id          bigserial primary key,
    workshop_id uuid not null,
    object_type varchar(40) not null,
    object_id   uuid not null,
    action      varchar(40) not null,
    actor_type  varchar(20) not null,
    actor_id    varchar(100) not null,
    actor_name  varchar(200) not null,
    request_id  varchar(100),
    at          timestamptz not null,
    changes     jsonb not null
);
create index audit_object_idx on audit_log (workshop_id, object_type, object_id, id desc);
create index audit_actor_idx on audit_log (workshop_id, actor_id, id desc);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op using errcode = '42501';
end
$$;
create trigger audit_log_no_update_delete before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();

-- Idempotency-Key records. Scoped by workshop in the key itself; not under RLS so that the
-- retention job can purge expired keys of every workshop.
create table idempotency_keys (
    workshop_id     uuid not null,
    idem_key        varchar(200) not null,
    request_hash    varchar(64) not null,
    response_status integer,
    response_body   text,
    created_at      timestamptz not null default now(),
    primary key (workshop_id, idem_key)
);
create index idempotency_keys_created_idx on idempotency_keys (created_at);

-- Row-level security: FORCE so that it applies to the owning role the service connects with.
-- current_setting(..., true) is NULL when unset, so a connection that forgot to set the
-- workshop sees nothing and can write nothing.
do $$
declare t text;
begin
    foreach t in array array['customers', 'products', 'orders', 'order_lines', 'inventory_items',
                             'inventory_adjustments', 'audit_log'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
    end loop;
end
$$;

create policy tenant_isolation on customers
    using (workshop_id = nullif(current_setting('app.workshop_id', true), '')::uuid);
create policy tenant_isolation on products
    using (workshop_id = nullif(current_setting('app.workshop_id', true), '')::uuid);
create policy tenant_isolation on orders
    using (workshop_id = nullif(current_setting('app.workshop_id', true), '')::uuid);
create policy tenant_isolation on order_lines
    using (workshop_id = nullif(current_setting('app.workshop_id', true), '')::uuid);
create policy tenant_isolation on inventory_items
    using (workshop_id = nullif(current_setting('app.workshop_id', true), '')::uuid);
create policy tenant_isolation on inventory_adjustments
    using (workshop_id = nullif(current_setting('app.workshop_id', true), '')::uuid);
create policy tenant_read on audit_log for select
    using (workshop_id = nullif(current_setting('app.workshop_id', true), '')::uuid);
create policy tenant_append on audit_log for insert
    with check (workshop_id = nullif(current_setting('app.workshop_id', true), '')::uuid);
