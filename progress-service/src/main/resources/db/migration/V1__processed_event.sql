-- Idempotency ledger: an event id is recorded in the same transaction as its effect, so a
-- redelivered record is recognised and skipped.
create table processed_event (
    event_id     uuid        primary key,
    topic        text        not null,
    processed_at timestamptz not null default now()
);
