-- Events written in the same transaction as the change they describe; a relay publishes them
-- to Kafka after commit and only then stamps published_at.
create table outbox_event (
    id           bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    record_key   text        not null,
    event_type   text        not null,
    payload      jsonb       not null,
    occurred_at  timestamptz not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);

-- the relay only ever scans what is still pending, oldest first
create index outbox_event_pending_idx on outbox_event (id) where published_at is null;
