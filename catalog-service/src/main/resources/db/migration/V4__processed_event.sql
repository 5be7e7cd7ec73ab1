-- Erasure requests already confirmed; written in the same transaction as the confirmation's outbox row.
create table processed_event (
    event_id     uuid primary key,
    processed_at timestamptz not null default now()
);
