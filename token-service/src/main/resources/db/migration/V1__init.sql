-- Workshops (tenants) and the people who work in them.
create table workshop (
    id          uuid primary key,
    slug        varchar(64)  not null unique,
    name        varchar(100) not null,
    created_at  timestamptz  not null
);

create table member (
    id             uuid primary key,
    workshop_id    uuid         not null references workshop (id),
    email          varchar(254) not null,
    name           varchar(100) not null,
    role           varchar(16)  not null check (role in ('owner', 'admin', 'worker', 'readonly')),
    password_hash  varchar(100) not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0
);
create unique index member_email_per_workshop on member (workshop_id, lower(email));

-- Sessions of people: only the SHA-256 of the cookie value is stored.
create table session (
    id             uuid primary key,
    workshop_id    uuid        not null references workshop (id),
    member_id      uuid        not null references member (id) on delete cascade,
    secret_hash    varchar(64)    not null unique,
    created_at     timestamptz not null,
    last_seen_at   timestamptz not null,
    expires_at     timestamptz not null
);
create index session_member on session (member_id);

-- API tokens: only the SHA-256 of the key is stored. Deleted tokens keep their row
-- (deleted_at) so that their history and revocation events stay meaningful.
create table api_token (
    id               uuid primary key,
    workshop_id      uuid         not null references workshop (id),
    name             varchar(100) not null,
    role             varchar(16)  not null check (role in ('admin', 'worker', 'viewer')),
    secret_hash      varchar(64)     not null unique,
    hint             varchar(16)  not null,
    created_by_id    uuid         not null,
    created_by_name  varchar(100) not null,
    created_at       timestamptz  not null,
    expires_at       timestamptz,
    deactivated_at   timestamptz,
    deleted_at       timestamptz,
    last_used_at     timestamptz,
    version          bigint       not null default 0
);
create unique index api_token_name_per_workshop on api_token (workshop_id, lower(name)) where deleted_at is null;
create index api_token_workshop on api_token (workshop_id, created_at desc);

-- Who did what to a token, and when (created, deactivated, deleted).
create table api_token_history (
    id           bigserial primary key,
    workshop_id  uuid         not null,
    token_id     uuid         not null references api_token (id),
    action       varchar(16)  not null check (action in ('created', 'deactivated', 'deleted')),
    actor_id     uuid         not null,
    actor_name   varchar(100) not null,
    at           timestamptz  not null
);
create index api_token_history_token on api_token_history (token_id, id);

-- Revocations the gateways must hear about, written in the same transaction as the change.
create table revocation_event (
    id           bigserial primary key,
    workshop_id  uuid        not null,
    type         varchar(32) not null,
    sub          varchar(64) not null,
    sid          uuid,
    at           timestamptz not null
);
create index revocation_event_at on revocation_event (at);

-- Failed login counters, keyed by a SHA-256 of the account or client, never the email itself.
create table login_throttle (
    key_hash           varchar(64) primary key,
    failures           integer     not null,
    window_started_at  timestamptz not null,
    locked_until       timestamptz
);
