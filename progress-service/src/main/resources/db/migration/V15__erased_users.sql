-- Users erased (GDPR Art. 17), so that an event of theirs read later (a late record, a rebuild of the kept topics)
-- creates nothing. Kept as a keyed SHA-256 of the user id, never the id: the key is this database's own random secret.
create table privacy_secret (
    id     boolean primary key default true check (id),
    secret text    not null
);
insert into privacy_secret (secret) values (gen_random_uuid()::text || gen_random_uuid()::text);

create table erased_user (
    subject   text        primary key,  -- hex sha256(secret || user id)
    erased_at timestamptz not null default now()
);

-- Erasure requests already applied (the consumer's idempotency ledger). Apart from processed_event, which a rebuild
-- replaces with what the routine topics hold.
create table erasure_request_applied (
    event_id   uuid        primary key,
    applied_at timestamptz not null default now()
);
